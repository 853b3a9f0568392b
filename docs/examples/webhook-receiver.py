#!/usr/bin/env python3
"""A webhook receiver for trying Treaty Tracker's webhooks: it verifies each delivery's signature (Standard
Webhooks, as docs/webhooks.md describes), prints the event and answers 204; a delivery whose signature does not
verify gets 401, so the server logs it as a failed attempt and retries it.

    WEBHOOK_SECRET='whsec_…' python3 docs/examples/webhook-receiver.py 9000

Python 3.8+ and its standard library only.
"""
import base64
import hashlib
import hmac
import json
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

SECRET = os.environ.get("WEBHOOK_SECRET", "")
TOLERANCE_SECONDS = 300


def verify(secret: str, headers, body: bytes) -> bool:
    msg_id, ts, signatures = headers.get("webhook-id"), headers.get("webhook-timestamp"), headers.get("webhook-signature")
    if not (msg_id and ts and signatures and ts.isdigit()) or abs(time.time() - int(ts)) > TOLERANCE_SECONDS:
        return False
    key = base64.b64decode(secret[len("whsec_"):] if secret.startswith("whsec_") else secret)
    expected = "v1," + base64.b64encode(hmac.new(key, f"{msg_id}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()
    return any(hmac.compare_digest(expected, s) for s in signatures.split(" "))


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if not verify(SECRET, self.headers, body):
            print(f"refused a delivery to {self.path}: the signature does not verify", flush=True)
            self.send_response(401)
            self.end_headers()
            return
        event = json.loads(body)
        print(f"{event.get('kind')} revision {event.get('revision')}: {json.dumps(event.get('data'))[:200]}", flush=True)
        self.send_response(204)  # answer quickly: the server waits at most 10 s
        self.end_headers()

    def log_message(self, *args):  # the event line above is the log
        pass


if __name__ == "__main__":
    if not SECRET.startswith("whsec_"):
        sys.exit("set WEBHOOK_SECRET to the secret the subscription's answer showed (whsec_…)")
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 9000
    print(f"listening on http://localhost:{port}/", flush=True)
    HTTPServer(("127.0.0.1", port), Receiver).serve_forever()
