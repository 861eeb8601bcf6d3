#!/usr/bin/env python3
"""A client that is not JavaScript: drives a complaint from intake to closed through the
wuye-rules decision service, then checks the closed record. Python 3 standard library only.

Usage: python3 test/service/client.py http://127.0.0.1:8181
"""
import json
import os
import sys
import urllib.error
import urllib.request

BASE = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8181"


def call(method, path, body=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode("utf-8"))
    req = urllib.request.Request(BASE + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(req, timeout=30) as res:
            return res.status, res.headers.get("Content-Type", ""), json.loads(res.read().decode("utf-8"))
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), json.loads(err.read().decode("utf-8"))


def expect(condition, message):
    if not condition:
        print("FAIL: " + message)
        sys.exit(1)


# The complaint of examples/complaint-demo.ts (low water pressure, a major complaint) and its
# events to closed: the same file the Java client reads.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "complaint-case.json"), encoding="utf-8") as f:
    CASE = json.load(f)
INTAKE, EVENTS = CASE["intake"], CASE["events"]

status, _, health = call("GET", "/healthz")
expect(status == 200 and health["status"] == "ok", "healthz")

status, _, started = call("POST", "/v1/complaint/start", {"record": INTAKE})
expect(status == 200, "start: %s" % started)
print("started %s in state %s, %d deadlines" % (INTAKE["id"], started["state"], len(started["deadlines"])))

# The host keeps only the envelope between requests: any replica can take the next step.
envelope = started["envelope"]
state = started["state"]
for event in EVENTS:
    status, _, stepped = call("POST", "/v1/complaint/step", {"envelope": envelope, "event": event})
    expect(status == 200 and stepped["accepted"], "step %s: %s" % (event["type"], stepped))
    envelope, state = stepped["envelope"], stepped["state"]
    print("  %-16s -> %s" % (event["type"], state))

# An event after the close is refused with its reason in both languages.
status, _, refused = call("POST", "/v1/complaint/step", {"envelope": envelope, "event": {"type": "FOLLOW_UP", "at": "2026-10-09T10:00:00+08:00", "by": "x", "result": "x", "satisfied": True}})
expect(status == 200 and not refused["accepted"] and refused["refusal"]["kind"] == "ended", "refusal after close: %s" % refused)
print("refused after close: " + refused["refusal"]["reason"]["en"])

# A malformed event (an instant without offset) is outside the contract: a 422 problem, not a refusal.
status, ctype, problem = call("POST", "/v1/complaint/step", {"envelope": envelope, "event": {"type": "CLOSE", "at": "2026-10-09 10:00"}})
expect(status == 422 and ctype.startswith("application/problem+json") and problem["type"].endswith("/invalid-event") and problem["code"] == "INVALID_INSTANT", "malformed event: %s %s" % (status, problem))
print("malformed event: 422 invalid-event %s" % problem["code"])

status, _, restored = call("POST", "/v1/complaint/restore", {"envelope": envelope})
expect(status == 200 and restored["state"] == "closed" and restored["status"] == "done", "restore: %s" % restored)
record = restored["context"]["record"]

status, _, checked = call("POST", "/v1/complaint/check", {"record": record, "asOf": "2026-10-09T09:00:00+08:00"})
expect(status == 200, "check: %s" % checked)
rules = sorted(v["ruleId"] for v in checked["violations"])
print("checked closed record: %d violations %s" % (len(rules), rules))

# A record that was never notified, checked ten days on, is late.
status, _, late = call("POST", "/v1/complaint/check", {"record": INTAKE, "asOf": "2026-10-09T14:00:00+08:00"})
expect(status == 200 and "complaint.notify-deadline" in [v["ruleId"] for v in late["violations"]], "late check: %s" % late)
print("checked unnotified record: complaint.notify-deadline")

# Bad input is a problem+json with the library's code and both texts.
status, ctype, problem = call("POST", "/v1/complaint/check", b'{"record": ', "application/json")
expect(status == 400 and ctype.startswith("application/problem+json") and problem["code"] == "INVALID_INPUT", "malformed JSON: %s %s" % (status, problem))
status, _, problem = call("POST", "/v1/complaint/check", {"record": INTAKE, "asOf": "2026-10-09 14:00"})
expect(status == 422 and problem["code"] == "INVALID_INSTANT" and problem["message"]["zh-CN"], "bad instant: %s" % problem)
print("problems: 400 %s, 422 %s" % ("INVALID_INPUT", problem["code"]))

# A 10 MB body over a real socket: the service reads it to its end, then answers 413 (no reset).
big = json.dumps({"record": {"subject": "x" * (10 * 1024 * 1024)}, "asOf": "2026-10-09T14:00:00+08:00"}).encode("utf-8")
status, ctype, problem = call("POST", "/v1/complaint/check", big)
expect(status == 413 and ctype.startswith("application/problem+json") and problem["type"].endswith("/body-too-large"), "10 MB body: %s %s" % (status, problem))
print("10 MB body: 413 body-too-large")
print("OK closed after %d events" % len(EVENTS))
