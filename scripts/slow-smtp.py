#!/usr/bin/env python3
"""A mail server for the drills that accepts every message, slowly: each message takes DELAY seconds, so the
drill's e-mail steps are still running, their jobs locked, when the node is killed. With LOG, each accepted message
appends a line of its recipients to that file, so a drill can count what was sent to whom.
Usage: slow-smtp.py PORT DELAY [LOG]"""
import socketserver
import sys
import threading
import time

PORT, DELAY = int(sys.argv[1]), float(sys.argv[2])
LOG = sys.argv[3] if len(sys.argv) > 3 else None
LOG_LOCK = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 drill ESMTP")
        in_data = False
        recipients = []
        for raw in self.rfile:
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if in_data:
                if line == ".":
                    in_data = False
                    time.sleep(DELAY)
                    if LOG:
                        with LOG_LOCK, open(LOG, "a") as log:
                            log.write(" ".join(recipients) + "\n")
                    recipients = []
                    self.reply("250 accepted")
                continue
            verb = line[:4].upper()
            if verb == "EHLO":
                self.reply("250 drill")
            elif verb == "RCPT":
                recipients.append(line.split(":", 1)[1].strip().strip("<>").lower())
                self.reply("250 ok")
            elif verb == "DATA":
                in_data = True
                self.reply("354 go on")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        # a node killed while sending (what the drills do) resets its connection: nothing to report
        if not isinstance(sys.exc_info()[1], ConnectionResetError):
            super().handle_error(request, client_address)


Server(("127.0.0.1", PORT), Session).serve_forever()
