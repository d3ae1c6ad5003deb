/**
 * <portal-countdown>: the time left to a deadline, ticking every second in the browser with no
 * server round trip. The server sets `remaining` (whole seconds left by the server's clock, so the
 * browser's own clock does not matter), `timePrefix` (the words before the time; not `prefix`, which
 * every DOM element already has) and `label` (the text
 * shown when no time is left). While time is left the element reads "<timePrefix> h:mm:ss" and stops
 * at 0:00:00; otherwise it shows `label`. Texts come from the server's message bundles.
 */
class PortalCountdown extends HTMLElement {
  private seconds = 0;
  private prefixText = '';
  private labelText = '';
  private end = 0;
  private timer?: number;

  set remaining(value: number) {
    this.seconds = Number(value) || 0;
    this.end = Date.now() + this.seconds * 1000;
    this.restart();
  }

  get remaining(): number {
    return this.seconds;
  }

  set timePrefix(value: string) {
    this.prefixText = value ?? '';
    this.render();
  }

  get timePrefix(): string {
    return this.prefixText;
  }

  set label(value: string) {
    this.labelText = value ?? '';
    this.render();
  }

  get label(): string {
    return this.labelText;
  }

  connectedCallback(): void {
    // properties set before the element was defined sit on the instance: pass them to the setters
    for (const name of ['timePrefix', 'label', 'remaining'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
    this.restart();
  }

  disconnectedCallback(): void {
    this.stop();
  }

  private restart(): void {
    this.stop();
    this.render();
    if (this.isConnected && this.seconds > 0) {
      this.timer = window.setInterval(() => this.render(), 1000);
    }
  }

  private stop(): void {
    if (this.timer !== undefined) {
      window.clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private render(): void {
    if (this.seconds <= 0) {
      this.textContent = this.labelText;
      return;
    }
    const left = Math.max(0, Math.round((this.end - Date.now()) / 1000));
    const h = Math.floor(left / 3600);
    const m = Math.floor((left % 3600) / 60);
    const s = left % 60;
    this.textContent = `${this.prefixText} ${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
    if (left === 0) {
      this.stop();
    }
  }
}

customElements.define('portal-countdown', PortalCountdown);
