/** Who asks: an auditor's name from the token presented (`operator` for the operator token). */
export interface Principal {
  readonly name: string;
}
