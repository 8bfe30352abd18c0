#!/usr/bin/env python3
"""A bridge from tierdesk's page.* webhook events to a chat channel and to people's phones.

Standard library only. Verifies each delivery's Standard Webhooks signature, drops replays (a delivery is
retried until it is answered 2xx, so the same webhook-id may arrive again), posts one line per step to a chat
incoming-webhook URL, and texts the subject of page.triggered and page.escalated through an SMS command.

    WEBHOOK_SECRET=whsec_...                      the secret shown when the subscription was created
    CHAT_WEBHOOK_URL=https://chat.example.org/hooks/...   optional: a Slack-compatible incoming webhook
    SMS_COMMAND='sms-send {phone}'                optional: reads the message on stdin
    PHONE_BOOK=phones.json                        optional: {"alice": "+3161234567", ...}
    PORT=8085

    python3 paging-bridge.py
"""
import base64
import hashlib
import hmac
import json
import os
import shlex
import subprocess
import sys
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

SECRET = base64.b64decode(os.environ["WEBHOOK_SECRET"].removeprefix("whsec_"))
CHAT = os.environ.get("CHAT_WEBHOOK_URL")
SMS = os.environ.get("SMS_COMMAND")
PHONES = json.load(open(os.environ["PHONE_BOOK"])) if os.environ.get("PHONE_BOOK") else {}
TOLERANCE_SECONDS = 300
seen = {}  # webhook-id -> arrival; keep it in a database if the bridge runs more than one copy


def signed(headers, body):
    """Whether one of the v1 signatures is the HMAC-SHA256 of id.timestamp.body under the secret."""
    msg_id, stamp = headers.get("webhook-id", ""), headers.get("webhook-timestamp", "0")
    if abs(time.time() - int(stamp)) > TOLERANCE_SECONDS:
        return False
    expected = hmac.new(SECRET, f"{msg_id}.{stamp}.".encode() + body, hashlib.sha256).digest()
    for signature in headers.get("webhook-signature", "").split():
        version, _, value = signature.partition(",")
        if version == "v1" and hmac.compare_digest(expected, base64.b64decode(value)):
            return True
    return False


def describe(event):
    data = event["data"]
    refs = ", ".join(f"{r['system']} {r['external_id']}" for r in data.get("external_refs", []))
    where = f"ticket {data['ticket_id']}" + (f" ({refs})" if refs else "")
    who = data.get("subject") or "nobody on call"
    return {
        "page.triggered": f":rotating_light: Page for {where}: {data.get('reason')}. Notifying {who} (level {data.get('level')}).",
        "page.escalated": f":arrow_up: Nobody acknowledged {where}: notifying {who} (level {data.get('level')}, repeat {data.get('cycle')}).",
        "page.acknowledged": f":white_check_mark: {data['actor']} acknowledged the page for {where}.",
        "page.unacknowledged": f":leftwards_arrow_with_hook: {data['actor']} handed back the page for {where}; escalation restarts.",
        "page.resolved": f":checkered_flag: The page for {where} was resolved by {data['actor']}.",
        "page.unanswered": f":sos: Nobody answered the page for {where} through every level. Call someone.",
    }.get(event["type"], f"{event['type']} for {where}")


def ring(event, text):
    subject = event["data"].get("subject")
    if event["type"] in ("page.triggered", "page.escalated") and subject and SMS and subject in PHONES:
        command = [part.format(phone=PHONES[subject]) for part in shlex.split(SMS)]
        subprocess.run(command, input=text.encode(), timeout=10, check=False)


def post_to_chat(text):
    if CHAT:
        request = urllib.request.Request(CHAT, json.dumps({"text": text}).encode(), {"Content-Type": "application/json"})
        urllib.request.urlopen(request, timeout=10).close()


class Bridge(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        headers = {k.lower(): v for k, v in self.headers.items()}
        if not signed(headers, body):
            self.send_response(401)
            self.end_headers()
            return
        msg_id = headers["webhook-id"]
        if msg_id not in seen:
            event = json.loads(body)
            text = describe(event)
            print(text, flush=True)
            post_to_chat(text)  # an exception here answers 500: tierdesk retries the delivery later
            ring(event, text)
            seen[msg_id] = time.time()
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8085"))
    print(f"paging bridge listening on :{port}", file=sys.stderr)
    HTTPServer(("", port), Bridge).serve_forever()
