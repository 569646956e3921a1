import 'reflect-metadata';
import { sildProgram } from './program';

await sildProgram().parseAsync();
