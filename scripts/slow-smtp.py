#!/usr/bin/env python3
"""A mail server for the crash drill that accepts every message, slowly: each message takes DELAY seconds, so the
drill's e-mail steps are still running, their jobs locked, when the node is killed. Usage: slow-smtp.py PORT DELAY"""
import socketserver
import sys
import time

PORT, DELAY = int(sys.argv[1]), float(sys.argv[2])


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 drill ESMTP")
        in_data = False
        for raw in self.rfile:
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if in_data:
                if line == ".":
                    in_data = False
                    time.sleep(DELAY)
                    self.reply("250 accepted")
                continue
            verb = line[:4].upper()
            if verb == "EHLO":
                self.reply("250 drill")
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


Server(("127.0.0.1", PORT), Session).serve_forever()
