// A certificate as a card in a list: its type in the reader's language, the issuer, the
// holder's masked name, its status in words and colour, and its validity.

import { h } from "../dom.js";
import { statusChip, validityText } from "./words.js";

/** One <li> with a link to the certificate's screen (href: its path in the app). */
export function certificateCard(certificate, href) {
  return h("li", { class: "cert-item" }, h("a", {
    class: `cert-card cert-${certificate.status}`, href: `#${href}`, "data-testid": "certificate",
    "data-type": certificate.type,
  },
  h("span", { class: "cert-head" },
    h("span", { class: "cert-name", text: certificate.type_name }), statusChip(certificate.status)),
  h("span", { class: "cert-issuer", text: certificate.issuer?.name ?? "" }),
  h("span", { class: "cert-holder", text: certificate.holder_name }),
  h("span", { class: "cert-validity", text: validityText(certificate) })));
}
