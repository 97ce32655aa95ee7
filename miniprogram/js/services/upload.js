// Uploading a material with progress: XMLHttpRequest, because fetch cannot report how much of
// a request body has gone. Refusals come back as ApiError like every other call.

import { ApiError, api } from "../api.js";
import { t } from "../i18n.js";
import { prefs, tokens } from "../store.js";

function sendOnce(file, onProgress) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/v1/uploads");
    request.setRequestHeader("Accept", "application/json");
    request.setRequestHeader("Accept-Language", prefs().language);
    const bearer = tokens.get()?.access;
    if (bearer) request.setRequestHeader("Authorization", `Bearer ${bearer}`);
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener("load", () => {
      let answer = null;
      try {
        answer = JSON.parse(request.responseText);
      } catch {
        answer = null;
      }
      if (request.status === 201 && answer) resolve(answer);
      else reject(new ApiError(request.status, answer?.message ? answer : { message: t("server_error"), error: `http.${request.status}` }));
    });
    request.addEventListener("error", () => reject(new ApiError(0, { message: t("network_error"), error: "network.unreachable" })));
    const body = new FormData();
    body.append("file", file);
    request.send(body);
  });
}

/** Upload file as a material; onProgress(0…1) while it goes. Return {id, …} of the stored upload. */
export async function uploadMaterial(file, onProgress = () => {}) {
  try {
    return await sendOnce(file, onProgress);
  } catch (error) {
    if (error.key !== "auth.expired_token") throw error;
    await api("/me"); // lets api() refresh the token pair, then the upload is sent again
    return sendOnce(file, onProgress);
  }
}
