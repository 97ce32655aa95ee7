// Book a counter visit for a case: a hall of its department, a free slot; reschedule or cancel.

import { api } from "../api.js";
import { confirmButton } from "../console/confirm.js";
import { h } from "../dom.js";
import { localised, translator } from "../i18n.js";
import { refresh } from "../router.js";
import { errorPanel, toast } from "../ui/feedback.js";
import { busy } from "../ui/forms.js";

const t = translator(import.meta.url, {
  title: ["预约办理", "預約辦理", "Book a visit"],
  booked: ["已预约：{hall} {day} {time}", "已預約：{hall} {day} {time}", "Booked: {hall}, {day} {time}"],
  hall: ["办事大厅", "辦事大廳", "Service hall"],
  slots: ["可预约时段", "可預約時段", "Free times"],
  left: ["{time}（余 {n}）", "{time}（餘 {n}）", "{time} ({n} left)"],
  none: ["近 7 天没有可预约的时段", "近 7 天沒有可預約的時段", "No free time in the next 7 days"],
  done: ["预约成功", "預約成功", "Booked"],
  moved: ["已改约", "已改約", "Rescheduled"],
  cancel: ["取消预约", "取消預約", "Cancel the booking"],
  confirm_cancel: ["确认取消预约？", "確認取消預約？", "Cancel it?"],
  cancelled: ["预约已取消", "預約已取消", "Booking cancelled"],
  reschedule: ["改约：选择新的时段", "改約：選擇新的時段", "Reschedule: choose another time"],
});

async function slotGrid(hall, onPick) {
  const answer = await api(`/halls/${encodeURIComponent(hall)}/slots`, { query: { days: 7 } });
  const open = answer.items.filter((slot) => slot.remaining > 0);
  if (!open.length) return h("p", { class: "empty", text: t("none") });
  const days = [...new Set(open.map((slot) => slot.day))];
  return h("div", { class: "svc-slots", "data-testid": "slots" }, days.map((day) => h("div", { class: "svc-slot-day" },
    h("h3", { class: "svc-subtitle", text: day }),
    h("div", { class: "svc-slot-row" }, open.filter((slot) => slot.day === day).map((slot) => {
      const button = h("button", { type: "button", class: "button button-ghost svc-slot", "data-slot": slot.id,
        text: t("left", { time: slot.time, n: slot.remaining }) });
      button.addEventListener("click", () => busy(button, () => onPick(slot)).catch((error) => toast(error.message)));
      return button;
    })))));
}

export default {
  title: () => t("title"),
  requiresLogin: true,
  async render(root, ctx) {
    const kase = await api(`/cases/${ctx.params.id}`);
    const [halls, bookings] = await Promise.all([
      api("/halls", { query: { department: kase.department } }),
      api("/appointments", { query: { limit: 100 } })]);
    const current = bookings.items.find((b) => b.case_id === kase.id && b.status === "booked");
    const again = () => refresh();
    if (current) {
      root.append(h("div", { class: "card", "data-testid": "booking" },
        h("p", { class: "done-mark", text: t("booked", { hall: localised(current.hall_name), day: current.day, time: current.time }) }),
        confirmButton({ text: t("cancel"), confirmText: t("confirm_cancel"), className: "button button-danger button-block",
          onError: (error) => root.append(errorPanel(error)),
          action: async () => {
            await api(`/appointments/${current.id}`, { method: "DELETE" });
            toast(t("cancelled"));
            await again();
          } })));
    }
    const select = h("select", { id: "svc-hall" }, halls.items.map((hall) => h("option", { value: hall.code,
      text: localised(hall.name) })));
    const slots = h("div", { "aria-live": "polite" });
    const pick = async (slot) => {
      if (current) await api(`/appointments/${current.id}`, { method: "PUT", body: { slot_id: slot.id } });
      else await api("/appointments", { method: "POST", body: { case_id: kase.id, slot_id: slot.id } });
      toast(current ? t("moved") : t("done"));
      await again();
    };
    const show = async () => slots.replaceChildren(await slotGrid(select.value, pick).catch((error) => errorPanel(error, show)));
    select.addEventListener("change", show);
    root.append(h("section", { class: "card" },
      h("h2", { class: "card-title", text: current ? t("reschedule") : t("slots") }),
      h("div", { class: "field" }, h("label", { class: "field-label", for: "svc-hall", text: t("hall") }), select), slots));
    if (halls.items.length) await show();
  },
};
