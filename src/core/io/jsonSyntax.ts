// Finds where a JSON text first breaks the grammar, so an error can name its line and column even when
// JSON.parse does not say (Node 20 reports "Unexpected token ']'" without a position for a trailing comma).
const WS = new Set([' ', '\t', '\n', '\r'])
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y

class Scanner {
  i = 0
  constructor(private readonly t: string) {}

  private skip(): void {
    while (this.i < this.t.length && WS.has(this.t[this.i]!)) this.i++
  }

  private fail(): never {
    throw this.i
  }

  private string(): void {
    this.i++
    while (this.i < this.t.length) {
      const ch = this.t[this.i]!
      if (ch === '"') {
        this.i++
        return
      }
      if (ch === '\\') this.i++
      else if (ch < ' ') this.fail()
      this.i++
    }
    this.fail()
  }

  private sequence(close: string, item: () => void): void {
    this.i++
    this.skip()
    if (this.t[this.i] === close) {
      this.i++
      return
    }
    for (;;) {
      item()
      this.skip()
      if (this.t[this.i] === ',') {
        this.i++
        this.skip()
        continue
      }
      if (this.t[this.i] === close) {
        this.i++
        return
      }
      this.fail()
    }
  }

  value(): void {
    this.skip()
    const ch = this.t[this.i]
    if (ch === '{') return this.sequence('}', () => this.member())
    if (ch === '[') return this.sequence(']', () => this.value())
    if (ch === '"') return this.string()
    for (const word of ['true', 'false', 'null']) {
      if (this.t.startsWith(word, this.i)) {
        this.i += word.length
        return
      }
    }
    NUMBER.lastIndex = this.i
    if (NUMBER.test(this.t)) {
      this.i = NUMBER.lastIndex
      return
    }
    this.fail()
  }

  private member(): void {
    this.skip()
    if (this.t[this.i] !== '"') this.fail()
    this.string()
    this.skip()
    if (this.t[this.i] !== ':') this.fail()
    this.i++
    this.value()
  }

  document(): void {
    this.value()
    this.skip()
    if (this.i < this.t.length) this.fail()
  }
}

/** Index of the first character that breaks the JSON grammar, or -1 when the text is valid JSON. */
export function firstSyntaxError(text: string): number {
  try {
    new Scanner(text).document()
    return -1
  } catch (at) {
    return typeof at === 'number' ? at : -1
  }
}
