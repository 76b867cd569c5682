/** A CCC error reply: the emulator throws these anywhere in a request and the server turns them into the wire shape. */
export class CccError extends Error {
  override name = "CccError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const invalidValue = (message: string) => new CccError("InvalidParameterValue", message);
export const unsupported = (message: string) => new CccError("UnsupportedOperation", message);
