// A sound and a vibration for each kind of outcome, so the operator need not look at the
// screen to know: one short high beep to pass, two for caution, three low for stop, one long
// low buzz for a refused code, a rising pair for a notice (venue or partner code).

const PATTERNS = {
  pass: { tones: [[880, 0.12]], vibrate: [80] },
  caution: { tones: [[660, 0.15], [0, 0.08], [660, 0.15]], vibrate: [150, 80, 150] },
  stop: { tones: [[440, 0.2], [0, 0.1], [440, 0.2], [0, 0.1], [440, 0.2]], vibrate: [200, 100, 200, 100, 200] },
  refused: { tones: [[220, 0.6]], vibrate: [600] },
  notice: { tones: [[520, 0.12], [0, 0.06], [780, 0.12]], vibrate: [60, 60, 60] },
};

let audio = null;

/** Make the audio context during a tap or key press: browsers start sound only after one. */
export function unlockAudio() {
  const Context = globalThis.AudioContext || globalThis.webkitAudioContext;
  if (!Context) return;
  audio ??= new Context();
  if (audio.state === "suspended") audio.resume().catch(() => {});
}

function beep(tones) {
  if (!audio || audio.state !== "running") return;
  let at = audio.currentTime;
  for (const [frequency, seconds] of tones) {
    if (frequency) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      oscillator.type = "square";
      gain.gain.value = 0.15;
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + seconds);
    }
    at += seconds;
  }
}

/** Play the cue of a tone: "pass", "caution", "stop", "refused" or "notice". */
export function cue(tone) {
  const pattern = PATTERNS[tone];
  if (!pattern) return;
  beep(pattern.tones);
  navigator.vibrate?.(pattern.vibrate);
}
