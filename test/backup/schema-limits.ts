/** Walks the import's valibot schemas beside docs/backup-schema.json: every text field's maxLength
 * (src/domain/limits.ts) as the published schema should carry it. */
type Node = Record<string, unknown>;
type Vb = {
  type: string;
  pipe?: Vb[];
  wrapped?: Vb;
  entries?: Record<string, Vb>;
  item?: Vb;
  key?: Vb;
  value?: Vb;
  options?: Vb[];
  requirement?: unknown;
};

function unwrap(vb: Vb): Vb {
  while (vb.wrapped) vb = vb.wrapped;
  return vb;
}
const base = (vb: Vb): Vb => (vb.pipe ? vb.pipe[0] : vb);
const maxOf = (vb: Vb) => vb.pipe?.find((a) => a.type === 'max_length')?.requirement as number | undefined;

function resolve(root: Node, js: Node | undefined): Node | undefined {
  let n = js;
  while (n && typeof n.$ref === 'string') n = (root.$defs as Record<string, Node>)[(n.$ref as string).split('/').pop()!];
  return n;
}

/** Each string node of the JSON Schema (through refs and oneOf/anyOf) for a valibot text field. */
export function visitTextFields(
  root: Node,
  vb: Vb,
  js: Node | undefined,
  path: string,
  visit: (path: string, max: number, node: Node) => void,
): void {
  vb = unwrap(vb);
  const n = resolve(root, js);
  if (!n) return;
  const branches = ((n.oneOf ?? n.anyOf) as Node[] | undefined)?.map((b) => resolve(root, b)!) ?? [n];
  const kind = base(vb).type;
  if (kind === 'string') {
    const max = maxOf(vb);
    if (max === undefined) return;
    for (const b of branches) if (b.type === 'string' || (Array.isArray(b.type) && b.type.includes('string'))) visit(path, max, b);
  } else if (kind === 'loose_object' || kind === 'object') {
    const obj = branches.find((b) => b.type === 'object' || b.properties);
    for (const [k, child] of Object.entries(base(vb).entries ?? {}))
      visitTextFields(root, child, (obj?.properties as Record<string, Node> | undefined)?.[k], `${path}.${k}`, visit);
  } else if (kind === 'array') {
    const arr = branches.find((b) => b.type === 'array');
    if (arr) visitTextFields(root, base(vb).item!, arr.items as Node, `${path}[]`, visit);
  } else if (kind === 'record') {
    const obj = branches.find((b) => b.type === 'object');
    if (obj?.additionalProperties && typeof obj.additionalProperties === 'object')
      visitTextFields(root, base(vb).value!, obj.additionalProperties as Node, `${path}{}`, visit);
    if (obj?.propertyNames) visitTextFields(root, base(vb).key!, obj.propertyNames as Node, `${path}{key}`, visit);
  } else if (kind === 'union') {
    for (const o of base(vb).options ?? []) if (base(unwrap(o)).type === 'string') visitTextFields(root, o, n, path, visit);
  }
}
