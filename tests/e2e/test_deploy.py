"""deploy/: the Kubernetes manifests against Kubernetes' schemas, offline, and what no schema sees.

Schemas: `kubernetes-models` (npm; the API's OpenAPI definitions as JSON schemas, checked with
ajv), installed by scripts/setup.sh into tests/deploy/node_modules and run by
tests/deploy/validate.js on Node. Debian packages no offline validator (kubectl needs a cluster
for its schemas, kubeconform and kubeval are not packaged), and the npm registry is reachable.
The schemas catch wrong types, missing required fields and unknown kinds; the checks here catch
what makes a valid object useless: selectors that match no pod, probes and Services naming
ports no container has, Secrets and keys nobody defines, flags the binaries do not know."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BASE = ROOT / "deploy" / "kubernetes" / "base"
VALIDATOR = ROOT / "tests" / "deploy"
CLUSTER_SCOPED = {"Namespace"}


def load_all(path):
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


def render():
    """The base as kustomize renders it: its resources, namespace and labels."""
    kustomization = yaml.safe_load((BASE / "kustomization.yaml").read_text())
    objects = []
    for resource in kustomization["resources"]:
        for obj in load_all(BASE / resource):
            if obj["kind"] not in CLUSTER_SCOPED:
                obj["metadata"]["namespace"] = kustomization["namespace"]
            for label in kustomization.get("labels", []):
                obj["metadata"].setdefault("labels", {}).update(label["pairs"])
            objects.append(obj)
    return kustomization, objects


def secrets_example():
    return {s["metadata"]["name"]: s for s in load_all(BASE.parent / "secrets.example.yaml")}


def pod_templates(objects):
    """(workload, pod template) of every Deployment and StatefulSet."""
    return [(o, o["spec"]["template"]) for o in objects if o["kind"] in ("Deployment", "StatefulSet")]


def matches(selector, labels):
    return all(labels.get(k) == v for k, v in selector.items())


def test_every_file_is_a_resource_of_the_kustomization():
    kustomization, _ = render()
    files = {p.name for p in BASE.glob("*.yaml")} - {"kustomization.yaml"}
    assert files == set(kustomization["resources"])


def test_manifests_match_the_kubernetes_schemas():
    node = shutil.which("node")
    assert node, "Node.js is missing: scripts/setup.sh installs it"
    assert (VALIDATOR / "node_modules" / "kubernetes-models").is_dir(), \
        "the schemas are missing: scripts/setup.sh installs them (npm ci --prefix tests/deploy)"
    _, objects = render()
    objects += list(secrets_example().values())
    out = subprocess.run([node, VALIDATOR / "validate.js"], input=json.dumps(objects), capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)
    assert len(results) == len(objects)
    errors = [r for r in results if r["error"]]
    assert not errors, errors
    kinds = {r["kind"] for r in results}
    assert {"StatefulSet", "Deployment", "Service", "HorizontalPodAutoscaler", "NetworkPolicy", "Secret"} <= kinds


def test_the_schema_check_catches_a_broken_object():
    node = shutil.which("node")
    assert node and (VALIDATOR / "node_modules").is_dir(), "scripts/setup.sh installs Node.js and the schemas"
    broken = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"},
              "spec": {"replicas": "two", "template": {"spec": {"containers": [{"name": "c"}]}}}}
    out = subprocess.run([node, VALIDATOR / "validate.js"], input=json.dumps([broken]), capture_output=True, text=True,
                         timeout=120)
    error = json.loads(out.stdout)[0]["error"]
    assert "selector" in error and "replicas" in error


def test_selectors_services_and_probes_name_what_exists():
    _, objects = render()
    templates = pod_templates(objects)
    services = [o for o in objects if o["kind"] == "Service"]
    for workload, template in templates:
        assert matches(workload["spec"]["selector"]["matchLabels"], template["metadata"]["labels"]), workload["metadata"]["name"]
        for c in template["spec"]["containers"]:
            ports = {p["name"]: p["containerPort"] for p in c.get("ports", [])}
            for probe in ("readinessProbe", "livenessProbe"):
                if probe in c:
                    port = c[probe]["httpGet"]["port"]
                    assert port in ports or port in ports.values(), (c["name"], probe, port)
            res = c["resources"]
            assert res["requests"]["cpu"] and res["requests"]["memory"] and res["limits"]["cpu"] and res["limits"]["memory"]
        if workload["kind"] == "StatefulSet":
            headless = next(s for s in services if s["metadata"]["name"] == workload["spec"]["serviceName"])
            assert headless["spec"]["clusterIP"] == "None"
            mounts = {m["name"] for c in template["spec"]["containers"] for m in c["volumeMounts"]}
            assert {t["metadata"]["name"] for t in workload["spec"]["volumeClaimTemplates"]} <= mounts
    # The server has probes; every Service selects pods and targets ports they have.
    server = next(t for w, t in templates if w["kind"] == "StatefulSet")
    assert all("readinessProbe" in c and "livenessProbe" in c for c in server["spec"]["containers"])
    for s in services:
        selected = [t for _, t in templates if matches(s["spec"]["selector"], t["metadata"]["labels"])]
        assert selected, s["metadata"]["name"]
        names = {p["name"] for t in selected for c in t["spec"]["containers"] for p in c.get("ports", [])}
        for p in s["spec"]["ports"]:
            assert p["targetPort"] in names, (s["metadata"]["name"], p)


def test_secrets_and_their_keys_are_the_ones_described():
    _, objects = render()
    examples = secrets_example()
    for workload, template in pod_templates(objects):
        volumes = {v["name"]: v for v in template["spec"].get("volumes", [])}
        for c in template["spec"]["containers"]:
            for env in c.get("env", []):
                ref = env.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    assert ref["name"] in examples, ref
                    assert ref["key"] in examples[ref["name"]]["stringData"], ref
            # A file a flag or variable names under a Secret's mount must be a key of that Secret.
            words = list(c.get("args", [])) + [e.get("value", "") for e in c.get("env", [])]
            for m in c.get("volumeMounts", []):
                secret = volumes.get(m["name"], {}).get("secret")  # else a volume claim or emptyDir
                if not secret:
                    continue
                assert secret["secretName"] in examples, secret
                keys = examples[secret["secretName"]]["stringData"]
                used = [w.split("=", 1)[-1] for w in words if m["mountPath"] + "/" in w]
                assert used, f"{m['mountPath']} is mounted but nothing reads it"
                for path in used:
                    assert Path(path).name in keys, (path, sorted(keys))


def test_workers_scale_on_queue_depth_and_reach_only_the_server():
    _, objects = render()
    by_kind = {}
    for o in objects:
        by_kind.setdefault(o["kind"], []).append(o)
    deployments = {d["metadata"]["name"]: d for d in by_kind["Deployment"]}
    server = by_kind["StatefulSet"][0]["spec"]["template"]
    server_ports = {p["name"]: p["containerPort"] for c in server["spec"]["containers"] for p in c["ports"]}
    for hpa in by_kind["HorizontalPodAutoscaler"]:
        assert hpa["spec"]["scaleTargetRef"]["name"] in deployments
        assert hpa["spec"]["metrics"][0]["external"]["metric"]["name"] == "fxn_queue_depth"
    workers = [d["spec"]["template"] for d in deployments.values()]
    policy = next(p for p in by_kind["NetworkPolicy"] if all(matches(p["spec"]["podSelector"]["matchLabels"],
                                                                     t["metadata"]["labels"]) for t in workers))
    assert set(policy["spec"]["policyTypes"]) == {"Ingress", "Egress"} and policy["spec"]["ingress"] == []
    to_server = [rule for rule in policy["spec"]["egress"]
                 if any(matches(peer.get("podSelector", {}).get("matchLabels", {"-": "-"}), server["metadata"]["labels"])
                        and "namespaceSelector" not in peer for peer in rule["to"])]
    assert [p["port"] for rule in to_server for p in rule["ports"]] == [server_ports["grpc"]]
    others = [rule for rule in policy["spec"]["egress"] if rule not in to_server]
    assert all(p["port"] == 53 for rule in others for p in rule["ports"])  # DNS only
    services = {s["metadata"]["name"]: s for s in by_kind["Service"]}
    for t in workers:
        for c in t["spec"]["containers"]:
            server_arg = next(a for a in c["args"] if a.startswith("--server="))
            host, port = server_arg.split("=", 1)[1].rsplit(":", 1)
            assert int(port) in [p["port"] for p in services[host]["spec"]["ports"]]


def flags_of(binary):
    out = subprocess.run([binary, "--help"], capture_output=True, text=True, timeout=30)
    return set(re.findall(r"--[a-z][a-z0-9-]*", out.stdout))


def test_every_flag_is_one_the_binaries_know(fxn_bin):
    bin_dir = Path(fxn_bin).parent
    known = {"fxn-server": flags_of(bin_dir / "fxn-server"), "fxn-worker": flags_of(bin_dir / "fxn-worker")}
    assert "--tls-cert" in known["fxn-server"] and "--tls-ca" in known["fxn-worker"]
    _, objects = render()
    for workload, template in pod_templates(objects):
        binary = "fxn-server" if workload["kind"] == "StatefulSet" else "fxn-worker"
        for c in template["spec"]["containers"]:
            for arg in c["args"]:
                assert arg.split("=", 1)[0] in known[binary], (binary, arg)
    for unit, binary in (("fxn-server.service", "fxn-server"), ("fxn-worker@.service", "fxn-worker")):
        text = (ROOT / "deploy" / "systemd" / unit).read_text().replace("\\\n", " ")
        exec_start = next(line for line in text.splitlines() if line.startswith("ExecStart="))
        for flag in re.findall(r"--[a-z][a-z0-9-]*", exec_start):
            assert flag in known[binary], (unit, flag)
        assert "--tls-" in exec_start
    for name, binary in (("Containerfile.server", "fxn-server"), ("Containerfile.worker", "fxn-worker")):
        text = (ROOT / "deploy" / "containers" / name).read_text()
        assert "scripts/setup.sh" in text and "scripts/build.sh" in text
        assert f"/opt/fxn/build/{binary}" in text
        for flag in re.findall(r'"(--[a-z][a-z0-9-]*)', text):
            assert flag in known[binary], (name, flag)
