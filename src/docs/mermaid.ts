import type { AnyStateMachine } from 'xstate';
import type { Lang, LocalizedText } from '../core/text';

type Node = AnyStateMachine['root'];
type TransitionDef = Node extends { transitions: Map<string, Array<infer T>> } ? T : never;

function guardName(t: TransitionDef): string | undefined {
  const g = (t as { guard?: unknown }).guard;
  if (typeof g === 'string') return g;
  if (g && typeof g === 'object' && 'type' in g && typeof (g as { type: unknown }).type === 'string') return (g as { type: string }).type;
  return undefined;
}

function id(node: Node): string {
  return node.path.join('__') || 'root';
}

function title(node: Node, lang: Lang): string {
  const meta = node.meta as { title?: LocalizedText } | undefined;
  return (meta?.title?.[lang] ?? node.key).replace(/[:;]/g, ' ');
}

/**
 * A Mermaid `stateDiagram-v2` of a machine, derived from its definition (never by hand):
 * one node a state with its localized title, one arrow a transition labelled `EVENT
 * [guard]`; events that stay in a state are listed under it; root-level events in a note.
 * Guards in `quiet` (default `inOrder`, which every event passes through) are not printed.
 *
 * @example
 * machineToMermaid(complaintMachine, 'zh-CN').startsWith('stateDiagram-v2') // true
 */
export function machineToMermaid(machine: AnyStateMachine, lang: Lang, quiet: readonly string[] = ['inOrder']): string {
  const lines = ['stateDiagram-v2'];
  const walk = (node: Node, indent: string) => {
    const children = Object.values(node.states) as Node[];
    const initial = (node.config as { initial?: string }).initial;
    if (initial) lines.push(`${indent}[*] --> ${id(node.states[initial] as Node)}`);
    for (const child of children) {
      lines.push(`${indent}state "${title(child, lang)}" as ${id(child)}`);
      if (Object.keys(child.states).length > 0) {
        lines.push(`${indent}state ${id(child)} {`);
        walk(child, `${indent}  `);
        lines.push(`${indent}}`);
      }
    }
    for (const child of children) {
      const stays: string[] = [];
      for (const [event, transitions] of child.transitions) {
        for (const t of transitions as TransitionDef[]) {
          const g = guardName(t);
          const label = `${event}${g && !quiet.includes(g) ? ` [${g}]` : ''}`;
          const targets = (t as { target?: readonly Node[] }).target;
          if (!targets || targets.length === 0) stays.push(label);
          else for (const target of targets) lines.push(`${indent}${id(child)} --> ${id(target)} : ${label}`);
        }
      }
      for (const s of stays) lines.push(`${indent}${id(child)} : ${s}`);
      if (child.type === 'final') lines.push(`${indent}${id(child)} --> [*]`);
    }
  };
  walk(machine.root, '  ');
  const rootEvents = [...machine.root.transitions.keys()];
  if (rootEvents.length > 0) {
    // A note's text may not hold another ':' (Mermaid reads it as a second description).
    const note = (lang === 'zh-CN' ? `任一未结束状态均接受：${rootEvents.join('、')}` : `Accepted in every open state — ${rootEvents.join(', ')}`).replace(/[:;]/g, ' ');
    const first = Object.values(machine.root.states)[0] as Node | undefined;
    if (first) lines.push(`  note right of ${id(first)} : ${note}`);
  }
  return lines.join('\n');
}
