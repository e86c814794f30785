// The engine's one error type: a code from the contract, a sentence for the analyst, and optional details.
// Handlers throw it; the engine's dispatcher turns it (and anything unexpected) into the contract's ApiError.
import type { ApiError, ErrorCode } from '../shared/api'

export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiError['details']
  ) {
    super(message)
    this.name = 'EngineError'
  }

  toApiError(): ApiError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message }
  }
}
