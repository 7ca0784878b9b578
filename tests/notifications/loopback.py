"""A real HTTP server on 127.0.0.1 in a thread, for the LINE channel and webhooks to POST to.

It records every request (path, headers, body) and answers with the statuses queued in
`answers` (200 once they run out).
"""

import http.server
import json
import threading
from dataclasses import dataclass, field


@dataclass
class Received:
    path: str
    headers: dict
    body: bytes

    def json(self):
        return json.loads(self.body)


@dataclass
class LoopbackServer:
    host: str = "127.0.0.1"
    requests: list = field(default_factory=list)
    answers: list = field(default_factory=list)  # statuses for the next requests, in order

    def start(self):
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                server.requests.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()},
                                                self.rfile.read(length)))
                status = server.answers.pop(0) if server.answers else 200
                body = b'{"ok": true}' if status < 400 else b'{"message": "no"}'
                self.send_response(status)
                if 300 <= status < 400:
                    self.send_header("Location", "http://127.0.0.1:9/elsewhere")
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer((self.host, 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path="/"):
        return f"http://{self.host}:{self.port}{path}"
