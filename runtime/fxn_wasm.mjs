// Loads an fxn wasm32-wasi artifact and calls it with the value model's JSON form.
// Works in Node (pass node:wasi's WASI) and in browsers (pass nothing: a minimal WASI shim is
// used; the artifact needs no files, only memory, clocks and randomness).
//
//   import { FxnModule } from './fxn_wasm.mjs';
//   const fxn = await FxnModule.load(bytes);          // bytes: ArrayBuffer / Uint8Array
//   fxn.call([200000]);  // -> the result, or throws FxnError {type, message}
export class FxnError extends Error {
  constructor(type, message) {
    super(message ? `${type}: ${message}` : type);
    this.type = type;
    this.pythonMessage = message;
  }
}

function minimalWasi() {
  let memory;
  const view = () => new DataView(memory.buffer);
  const ENOSYS = 52;
  const imports = {
    fd_write(fd, iovs, iovsLen, nwritten) {
      let total = 0;
      for (let i = 0; i < iovsLen; i++) total += view().getUint32(iovs + 8 * i + 4, true);
      view().setUint32(nwritten, total, true);
      return 0;
    },
    random_get(buf, len) {
      crypto.getRandomValues(new Uint8Array(memory.buffer, buf, len));
      return 0;
    },
    clock_time_get(id, precision, out) {
      view().setBigUint64(out, BigInt(Math.round(performance.now() * 1e6)), true);
      return 0;
    },
    environ_sizes_get(count, size) { view().setUint32(count, 0, true); view().setUint32(size, 0, true); return 0; },
    environ_get() { return 0; },
    args_sizes_get(count, size) { view().setUint32(count, 0, true); view().setUint32(size, 0, true); return 0; },
    args_get() { return 0; },
    proc_exit(code) { throw new Error(`the artifact exited with ${code}`); },
  };
  return {
    imports: new Proxy(imports, { get: (t, name) => t[name] ?? (() => ENOSYS) }),
    initialize(instance) {
      memory = instance.exports.memory;
      if (instance.exports._initialize) instance.exports._initialize();
    },
  };
}

export class FxnModule {
  static async load(bytes, wasi) {
    const shim = wasi ? null : minimalWasi();
    const { instance } = await WebAssembly.instantiate(bytes, {
      wasi_snapshot_preview1: wasi ? wasi.wasiImport : shim.imports,
    });
    if (wasi) wasi.initialize(instance);
    else shim.initialize(instance);
    return new FxnModule(instance);
  }

  constructor(instance) {
    this.exports = instance.exports;
    this.encoder = new TextEncoder();
    this.decoder = new TextDecoder();
  }

  // One call in JSON text: returns the artifact's answer line, {"ok": ...} or {"error": ...}.
  callJson(argsJson) {
    const bytes = this.encoder.encode(argsJson);
    const ptr = this.exports.fxn_alloc(bytes.length);
    new Uint8Array(this.exports.memory.buffer, ptr, bytes.length).set(bytes);
    const out = this.exports.fxn_call_json(ptr, bytes.length);
    this.exports.fxn_string_free(ptr);
    const memory = new Uint8Array(this.exports.memory.buffer);
    let end = out;
    while (memory[end] !== 0) end++;
    const text = this.decoder.decode(memory.subarray(out, end));
    this.exports.fxn_string_free(out);
    return text;
  }

  // Plain JSON values only: NaN and infinities come back from callJson's text.
  call(args) {
    const answer = JSON.parse(this.callJson(JSON.stringify(args)));
    if (answer.error) throw new FxnError(answer.error.type, answer.error.message);
    return answer.ok;
  }
}
