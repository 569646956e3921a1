import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { auditHttpError } from './audit-errors';

/** Audit exceptions as JSON errors with their HTTP status; anything else is a 500 without details. */
@Catch()
export class AuditHttpErrors implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const response = host
      .switchToHttp()
      .getResponse<{ status(code: number): { json(body: unknown): void } }>();
    const known = error instanceof HttpException ? error : auditHttpError(error);
    if (known) {
      response.status(known.getStatus()).json(known.getResponse());
      return;
    }
    response.status(500).json({ error: 'INTERNAL', message: 'internal error' });
  }
}
