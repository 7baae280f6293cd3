// Loads an fxn wasm32-wasi artifact and calls it with the value model's JSON form.
// Works in Node (pass node:wasi's WASI) and in browsers (pass nothing: a minimal WASI shim is
// used; the artifact needs no files, only memory, clocks and randomness).
//
//   import { FxnModule } from './fxn_wasm.mjs';
//   const fxn = await FxnModule.load(bytes);          // bytes: ArrayBuffer / Uint8Array
//   fxn.call([200000]);  // -> the result, or throws FxnError {type, message}
//   fxn.call([2n ** 70n]);  // BigInt in; ints past 2**53 come back as BigInt
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

  // One call with JavaScript values: null, booleans, numbers, BigInts, strings, arrays and plain
  // objects (dicts with str keys) go in; the result comes back the same way. Python's int of any
  // size: a BigInt argument is sent as the JSON int it is, and a result's int beyond
  // Number.MAX_SAFE_INTEGER (±(2**53 - 1)) comes back as a BigInt, exactly (smaller ones as
  // numbers). NaN and ±Infinity travel both ways. A number has no int/float distinction: the
  // float -3.0 comes back as -3, as JSON.parse would give it (callJson keeps Python's text).
  call(args) {
    const answer = parseValue(this.callJson(stringifyValue(args)));
    if (answer.error) throw new FxnError(answer.error.type, answer.error.message);
    return answer.ok;
  }
}

// JSON text of a JavaScript value, as the value model reads it (fxn.h): BigInt as a JSON int,
// NaN and infinities as Python's json module spells them.
export function stringifyValue(v) {
  switch (typeof v) {
    case 'bigint': return v.toString();
    case 'number':
      if (Number.isNaN(v)) return 'NaN';
      if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
      return JSON.stringify(v);
    case 'string': case 'boolean': return JSON.stringify(v);
    case 'object':
      if (v === null) return 'null';
      if (typeof v.toJSON === 'function') return stringifyValue(v.toJSON());
      if (Array.isArray(v)) return '[' + v.map((x) => (x === undefined ? 'null' : stringifyValue(x))).join(', ') + ']';
      return '{' + Object.keys(v).filter((k) => v[k] !== undefined && typeof v[k] !== 'function')
        .map((k) => JSON.stringify(k) + ': ' + stringifyValue(v[k])).join(', ') + '}';
    default: throw new TypeError(`fxn cannot pass a ${typeof v} to a compiled function`);
  }
}

// JSON.parse for the value model's text: ints beyond ±(2**53 - 1) become BigInt (JSON.parse
// would round them; Node 20 has no JSON.parse source access), NaN and ±Infinity are numbers.
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;

export function parseValue(text) {
  let at = 0;
  const fail = (why) => { throw new SyntaxError(`${why} at offset ${at} of the answer`); };
  const space = () => { while (at < text.length && ' \t\n\r'.includes(text[at])) at++; };
  const word = (w) => { if (text.startsWith(w, at)) { at += w.length; return true; } return false; };
  const value = () => {
    space();
    const c = text[at];
    if (c === '[' || c === '{') {
      const dict = c === '{';
      const out = dict ? {} : [];
      at++;
      space();
      if (text[at] === (dict ? '}' : ']')) { at++; return out; }
      for (;;) {
        if (dict) {
          space();
          if (text[at] !== '"') fail('expected a string key');
          const key = value();
          space();
          if (text[at++] !== ':') fail("expected ':'");
          Object.defineProperty(out, key, { value: value(), writable: true, enumerable: true, configurable: true });
        } else {
          out.push(value());
        }
        space();
        const sep = text[at++];
        if (sep === ',') continue;
        if (sep === (dict ? '}' : ']')) return out;
        fail(dict ? "expected ',' or '}'" : "expected ',' or ']'");
      }
    }
    if (c === '"') {
      const start = at++;
      while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
      if (at++ >= text.length) fail('unterminated string');
      return JSON.parse(text.slice(start, at));
    }
    if (word('null')) return null;
    if (word('true')) return true;
    if (word('false')) return false;
    if (word('NaN')) return NaN;
    if (word('Infinity')) return Infinity;
    if (word('-Infinity')) return -Infinity;
    NUMBER.lastIndex = at;
    const m = NUMBER.exec(text);
    if (!m) fail('unexpected character');
    at += m[0].length;
    if (m[1] === undefined && m[2] === undefined) {
      const n = Number(m[0]);
      return Number.isSafeInteger(n) ? n : BigInt(m[0]);
    }
    return Number(m[0]);
  };
  const out = value();
  space();
  if (at !== text.length) fail('unexpected text after the value');
  return out;
}
