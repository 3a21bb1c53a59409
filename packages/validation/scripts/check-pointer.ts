/**
 * The JSON pointer of the value a generated `collect` function is looking at, as JavaScript: a
 * run-time prefix (the function's `p` parameter) followed by parts known when the code is generated
 * (`/lines`) and parts only known at run time (an index, a field name). Literal parts are merged,
 * so `/lines/` + index costs one concatenation.
 */
import { escapeSegment } from "../src/json-pointer.ts";

type Part = { literal: string } | { expression: string };

export class CheckPointer {
  private constructor(private readonly parts: readonly Part[]) {}

  /** The pointer held by the JavaScript variable `name`. */
  static variable(name: string): CheckPointer {
    return new CheckPointer([{ expression: name }]);
  }

  /** The pointer of a property whose name is known now. */
  property(name: string): CheckPointer {
    return new CheckPointer([...this.parts, { literal: `/${escapeSegment(name)}` }]);
  }

  /** The pointer of a list item whose index is held by the variable `index`. */
  index(index: string): CheckPointer {
    return new CheckPointer([...this.parts, { literal: "/" }, { expression: index }]);
  }

  /** The pointer of a property whose name is held by the variable `key`, escaped at run time. */
  key(key: string): CheckPointer {
    return new CheckPointer([...this.parts, { literal: "/" }, { expression: `escapeSegment(${key})` }]);
  }

  /** The pointer as a JavaScript expression. */
  render(): string {
    const merged: Part[] = [];
    for (const part of this.parts) {
      const last = merged.at(-1);
      if ("literal" in part && last && "literal" in last)
        merged[merged.length - 1] = { literal: last.literal + part.literal };
      else merged.push(part);
    }
    return merged.map((part) => ("literal" in part ? JSON.stringify(part.literal) : part.expression)).join(" + ");
  }
}
