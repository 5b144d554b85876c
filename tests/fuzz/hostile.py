#!/usr/bin/env python3
"""Writes hostile reports: the shapes of input that break text tools.

    tests/fuzz/hostile.py DIR [SIZE]

writes into DIR one file per shape, each of about SIZE bytes (default 1M;
K and M suffixes). The shapes that scale with SIZE are the ones the timing
in tests/fuzz/valgrind.sh measures at 1M, 2M and 4M: a report of N bytes
must not take time that grows faster than N. The others are small and
fixed. Nothing random: the same SIZE always gives the same bytes.
"""

import os
import sys

WORDS = ("the council said on Monday that the new harbour bridge would cost "
         "$4.2 billion and open in May 2024 according to Mayor Ilse Marrow ").split()


def sentence_words(n):
    """N words of plain prose."""
    return [WORDS[i % len(WORDS)] for i in range(n)]


def fill(unit, size):
    """UNIT (bytes) repeated to SIZE bytes, cut at a whole unit."""
    return unit * max(1, size // len(unit))


def scalable(size):
    """The shapes that grow with SIZE, by file name."""
    prose = " ".join(sentence_words(40)).encode() + b".\n\n"
    return {
        "one-line-no-spaces.txt": fill(b"abcdefghijklmnopqrstuvwxyz0123456789", size),
        "one-char-repeated.txt": fill(b"a", size),
        "only-quote-marks.txt": fill('"\'“”‘’«»„‚‹›「」'.encode(), size),
        "only-straight-quotes.txt": fill(b'"', size),
        "only-digits.txt": fill(b"0123456789", size),
        "only-cjk.txt": fill("中文报道称市议会周一表示新港口大桥将耗资四十二亿美元。".encode(), size),
        "nested-quotes.txt": nested_quotes(size),
        "unbalanced-quotes.txt": fill(b'"word ', size),
        "unbalanced-curly-quotes.txt": fill("“said ".encode(), size),
        "short-lines.txt": fill(b"a b\n", size),
        "crlf.txt": prose.replace(b"\n", b"\r\n") * max(1, size // len(prose)),
        "lone-cr.txt": prose.replace(b"\n", b"\r") * max(1, size // len(prose)),
        "nul-in-middle.txt": nul_in_middle(prose, size),
        "one-paragraph.txt": fill(b"The council met. ", size),
        "only-capitals.txt": fill(b"Prime Minister Ilse Marrow Kestrian News Agency ", size),
        "only-dates.txt": fill(b"May 24, 2023, 24.05.2023 on Wednesday ", size),
        "only-numbers.txt": fill(b"$4.2 billion 18 km 12% 3rd ", size),
    }


def nested_quotes(size):
    """Quotation marks nested as deep as SIZE allows, then all closed."""
    depth = size // 9
    opens = "".join(("“a ‘b " if i % 2 == 0 else "«c ‹d ") for i in range(depth // 2))
    closes = "".join(("’ ” " if i % 2 == 0 else "› » ") for i in reversed(range(depth // 2)))
    return (opens + closes).encode()


def nul_in_middle(prose, size):
    """Prose with a few NUL bytes in the middle and more after the first 64K."""
    body = prose * max(1, size // len(prose))
    mid = len(body) // 2
    return body[:200] + b"\0" + body[200:mid] + b"\0\0\0" + body[mid:]


def fixed():
    """Small shapes that do not scale."""
    report = ("Kestria will build a $4.2 billion sea barrier, Prime Minister Ilse Marrow "
              "told the National Assembly on Wednesday, May 24, 2023.\n\n"
              "\"We will not hand this coast to the sea,\" Marrow said.\n").encode()
    return {
        "bom-then-spaces.txt": b"\xef\xbb\xbf" + b" " * 100 + b"\n\t \n",
        "bom-only.txt": b"\xef\xbb\xbf",
        "only-newlines.txt": b"\n" * 1000,
        "one-byte.txt": b"x",
        "one-quote.txt": b'"',
        "report.txt": report,
        "report-no-final-newline.txt": report.rstrip(),
        "controls-and-bidi.txt": report + "\x1b[2J\x1b]0;x\x07 \u202e evil \u2066 \x9b\u200b\u00ad end\n".encode(),
        "invalid-utf8.txt": report + b"\xc0\x80 \xed\xa0\x80 \xf4\x90\x80\x80 \xe2\x80 end\n",
        "combining-pileup.txt": ("e" + "\u0301" * 200 + " word ").encode() * 20,
        "wide-and-tabs.txt": "中\t文\tＡ\t😀\t\u4e00".encode() * 50,
    }


def parse_size(text):
    units = {"K": 1024, "M": 1024 * 1024}
    if text[-1:].upper() in units:
        return int(text[:-1]) * units[text[-1:].upper()]
    return int(text)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    out = sys.argv[1]
    size = parse_size(sys.argv[2]) if len(sys.argv) == 3 else 1024 * 1024
    os.makedirs(out, exist_ok=True)
    shapes = scalable(size)
    shapes.update(fixed())
    for name, data in shapes.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
