import type { AnyStateMachine, StateValue } from 'xstate';

type Node = AnyStateMachine['root'];

/**
 * The state nodes active in a state value, deepest first, then their ancestors up to the
 * root: where a transition for an event is looked up.
 *
 * @example
 * activeNodes(complaintMachine, 'handling').map((n) => n.key) // ['handling', 'complaint']
 */
export function activeNodes(machine: AnyStateMachine, value: StateValue): Node[] {
  const leaves: Node[] = [];
  const walk = (node: Node, v: StateValue) => {
    if (typeof v === 'string') {
      const child = node.states[v] as Node | undefined;
      if (child) leaves.push(child);
      return;
    }
    for (const [k, sub] of Object.entries(v)) {
      const child = node.states[k] as Node | undefined;
      if (child) walk(child, sub as StateValue);
    }
  };
  walk(machine.root, value);
  const out: Node[] = [];
  for (const leaf of leaves) {
    for (let n: Node | undefined = leaf; n; n = n.parent as Node | undefined) if (!out.includes(n)) out.push(n);
  }
  if (!out.includes(machine.root)) out.push(machine.root);
  return out;
}
