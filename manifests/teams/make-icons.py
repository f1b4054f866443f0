#!/usr/bin/env python3
"""Draws the Teams app icons (a speech bubble) with the standard library alone: color.png 192x192, outline.png 32x32 white on transparent."""
import struct, zlib, os

def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

def in_rounded(x, y, left, top, right, bottom, r):
    cx, cy = min(max(x, left + r), right - r), min(max(y, top + r), bottom - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r and left <= x <= right and top <= y <= bottom

def in_tail(x, y, left, top, width, height):
    return top <= y <= top + height and left <= x <= left + width * (1 - (y - top) / height)

def bubble(x, y, s):
    return in_rounded(x, y, 0.19 * s, 0.23 * s, 0.81 * s, 0.65 * s, 0.09 * s) or in_tail(x, y, 0.31 * s, 0.6 * s, 0.17 * s, 0.19 * s)

def dot(x, y, s):
    return any((x - cx * s) ** 2 + (y - 0.44 * s) ** 2 <= (0.042 * s) ** 2 for cx in (0.34, 0.5, 0.66))

ACCENT, WHITE, CLEAR = (0x2B, 0x57, 0x97, 255), (255, 255, 255, 255), (255, 255, 255, 0)
here = os.path.dirname(os.path.abspath(__file__))
png(os.path.join(here, "color.png"), 192, lambda x, y: ACCENT if dot(x + .5, y + .5, 192) or not bubble(x + .5, y + .5, 192) else WHITE)
png(os.path.join(here, "outline.png"), 32,
    lambda x, y: WHITE if bubble(x + .5, y + .5, 32) and not in_rounded(x + .5, y + .5, 8, 9.5, 24, 18.5, 1.5) else CLEAR)
