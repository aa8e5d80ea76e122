#!/usr/bin/env python3
"""serve_client.py: the HTTP side of the 'sharepack serve' tests (tests/serve.sh).

  serve_client.py get PORT TARGET [METHOD]   the reply as received, the
      target sent exactly as given (no client tidies '/../' away)
  serve_client.py raw PORT BYTES             BYTES (Python escapes such as
      \\r\\n) sent as they are; the reply as received
  serve_client.py wait PORT TARGET TEXT      GETs TARGET until the reply
      holds TEXT (exit 0) or 10 seconds pass (exit 1)
  serve_client.py listening PORT             the local addresses listening
      on PORT, from /proc/net/tcp and tcp6, one a line
"""
import socket
import sys
import time


def exchange(port, data):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(data)
        chunks = []
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def get(port, target, method="GET"):
    return exchange(port, f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())


def listening(port):
    """Addresses in LISTEN state (0A) on port, from the kernel's own tables."""
    found = []
    for table, v6 in (("/proc/net/tcp", False), ("/proc/net/tcp6", True)):
        try:
            rows = open(table).read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            addr, hexport = fields[1].split(":")
            if fields[3] != "0A" or int(hexport, 16) != port:
                continue
            raw = bytes.fromhex(addr)
            if v6:
                # Four 32-bit words, each in the host's byte order.
                raw = b"".join(raw[i:i + 4][::-1] for i in range(0, 16, 4))
                found.append(socket.inet_ntop(socket.AF_INET6, raw))
            else:
                found.append(socket.inet_ntop(socket.AF_INET, raw[::-1]))
    return found


def main(argv):
    cmd, port = argv[1], int(argv[2])
    out = sys.stdout.buffer
    if cmd == "get":
        out.write(get(port, argv[3], *(argv[4:5])))
    elif cmd == "raw":
        out.write(exchange(port, argv[3].encode().decode("unicode_escape").encode("latin-1")))
    elif cmd == "wait":
        deadline = time.time() + 10
        while time.time() < deadline:
            if argv[4].encode() in get(port, argv[3]):
                return 0
            time.sleep(0.05)
        return 1
    elif cmd == "listening":
        print("\n".join(listening(port)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
