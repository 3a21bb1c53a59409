/**
 * Where in the checked value a generated `collect` function is, as JavaScript. A `collect`
 * function gets its place twice from its caller: as a JSON pointer (`p`, a string) and as a path
 * (`pp`, keys and list indexes); both are extended as the function goes deeper, by keys known when
 * the code is generated (`lines`) or only at run time (an index, a field name). Issues carry both,
 * so writing one never parses a pointer (which measured as the largest cost of an invalid value's
 * issues) nor joins a path.
 */
import { escapeSegment } from "../src/json-pointer.ts";

type Part = { literal: string } | { expression: string; kind: "index" | "key" };

export class CheckPath {
  private constructor(private readonly parts: readonly Part[]) {}

  /** The place held by the function's parameters `p` (pointer) and `pp` (path). */
  static parameters(): CheckPath {
    return new CheckPath([]);
  }

  /** The place of a property whose name is known now. */
  property(name: string): CheckPath {
    return new CheckPath([...this.parts, { literal: name }]);
  }

  /** The place of a list item whose index is held by the variable `index`. */
  index(index: string): CheckPath {
    return new CheckPath([...this.parts, { expression: index, kind: "index" }]);
  }

  /** The place of a property whose name is held by the variable `key`. */
  key(key: string): CheckPath {
    return new CheckPath([...this.parts, { expression: key, kind: "key" }]);
  }

  /** The pointer, as a JavaScript expression; literal parts are merged into one string. */
  pointer(): string {
    const pieces: string[] = ["p"];
    let literal = "";
    for (const part of this.parts) {
      if ("literal" in part) {
        literal += `/${escapeSegment(part.literal)}`;
        continue;
      }
      literal += "/";
      pieces.push(JSON.stringify(literal), part.kind === "key" ? `escapeSegment(${part.expression})` : part.expression);
      literal = "";
    }
    if (literal) pieces.push(JSON.stringify(literal));
    return pieces.join(" + ");
  }

  /** A new array holding the path, for an issue or a deeper function (none shares another's). */
  path(): string {
    if (this.parts.length === 0) return "pp.slice()";
    return this.parts.reduce(
      (path, part) => `extendPath(${path}, ${"literal" in part ? JSON.stringify(part.literal) : part.expression})`,
      "pp",
    );
  }

  /** The place as the two arguments of a deeper `collect` function. */
  arguments(): string {
    return this.parts.length === 0 ? "p, pp" : `${this.pointer()}, ${this.path()}`;
  }

  /** Whether the generated code needs `escapeSegment` at run time. */
  get escapesKeys(): boolean {
    return this.parts.some((part) => "kind" in part && part.kind === "key");
  }
}
