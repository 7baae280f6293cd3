// Validates Kubernetes objects against the API's schemas, offline: reads a JSON array of
// objects on stdin, prints a JSON array of {kind, name, error} (error null when valid).
// kubernetes-models carries each kind's OpenAPI definition as a JSON schema (ajv).
"use strict";
function groupModule(apiVersion) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  return group === "" ? `kubernetes-models/${version}` : `kubernetes-models/${group}/${version}`;
}

let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", () => {
  const results = JSON.parse(input).map((obj) => {
    const name = (obj.metadata || {}).name;
    let Model;
    try {
      Model = require(groupModule(obj.apiVersion || ""))[obj.kind];
    } catch (e) {
      Model = undefined;
    }
    if (!Model) return { kind: obj.kind, name, error: `no schema for ${obj.apiVersion} ${obj.kind}` };
    try {
      new Model(obj).validate();
      return { kind: obj.kind, name, error: null };
    } catch (e) {
      return { kind: obj.kind, name, error: String(e.message || e) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
