// A console's first screen: one large link per task, with a line saying what it is for.

import { h } from "../dom.js";

/** Return a list of task links: [{href, name, sub, badge?}], labelled by label. */
export function taskLinks(label, tasks) {
  return h("nav", { class: "tasks", "aria-label": label },
    tasks.map((task) => h("a", { class: "task", href: `#${task.href}` },
      h("span", { class: "task-name", text: task.name }),
      task.badge && h("span", { class: "badge badge-count", text: task.badge }),
      h("span", { class: "task-sub", text: task.sub }))));
}
