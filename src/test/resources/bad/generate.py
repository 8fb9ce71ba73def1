#!/usr/bin/env python3
"""Writes the bad-input suite: one file per failure kind, and cases.tsv (file, extra args, what the message must say).
Run from this directory: python3 generate.py"""
import gzip, json

GOOD = ("قالت مصادر محلية إن مجهولين أطلقوا النار على دورية لقوات سوريا الديمقراطية قرب بلدة ذيبان بريف دير الزور الشرقي، "
        "أمس الأحد، من دون أن تسفر الحادثة عن إصابات.\n\n"
        "وأضافت المصادر أن الدورية انسحبت إلى مقرها في البلدة، وأن عناصرها نفذوا حملة تفتيش في الأحياء القريبة.\n")
HEAD = "url: https://example.org/bad/{n}\noutlet: SY24\npublished: 2023-02-13\n---\n"
cases = []

def put(name, data, expect, args=""):
    if isinstance(data, str):
        data = data.encode("utf-8")
    open(name, "wb").write(data)
    cases.append((name, args, expect))

def jl(obj):
    return json.dumps(obj, ensure_ascii=False) + "\n"

def text(n, body=GOOD, head=None):
    return (head if head is not None else HEAD.format(n=n)) + body

def page(title="إطلاق نار على دورية قرب ذيبان", meta="", body="<p>" + GOOD.replace("\n\n", "</p><p>") + "</p>", charset="utf-8"):
    return ("<!DOCTYPE html><html><head><meta charset=\"%s\"><title>%s</title>%s</head><body><article>%s</article></body></html>"
            % (charset, title, meta, body))

def warc_record(wtype, uri, block, ctype="application/http;msgtype=response", lie=0):
    h = "WARC/1.0\r\nWARC-Type: %s\r\n" % wtype
    if uri:
        h += "WARC-Target-URI: %s\r\n" % uri
    h += ("WARC-Date: 2023-02-13T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n"
          "Content-Type: %s\r\nContent-Length: %d\r\n\r\n") % (len(block) % 10**12, ctype, len(block) + lie)
    return h.encode() + block + b"\r\n\r\n"

def response(uri, body, ctype="text/html; charset=utf-8", status="200 OK", lie=0):
    if isinstance(body, str):
        body = body.encode("utf-8")
    http = ("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n" % (status, ctype, len(body))).encode() + body
    return warc_record("response", uri, http, lie=lie)

# --- text files
put("empty.txt", b"", "is empty")
put("binary-zip.txt", b"PK\x03\x04\x14\x00\x08\x00\x00\x00" + bytes(range(256)), "NUL bytes")
put("nul-in-text.txt", text(3).encode() + b"\x00\x00", "NUL bytes")
put("control-characters.txt", text(4).replace("ذيبان", "ذيبان\x01\x02\x1b"), "control characters")
put("windows-1256-undeclared.txt", text(5).encode("cp1256"), "it looks like windows-1256: give --encoding windows-1256")
put("iso-8859-6-undeclared.txt", ("url: https://example.org/bad/6\n---\nقالت مصادر محلية إن مجهولين أطلقوا النار على دورية قرب بلدة ذيبان.\n").encode("iso8859_6"),
    "it looks like ISO-8859-6")
put("wrong-encoding-declared.txt", text(7), "is declared ISO-8859-6 (--encoding) but its bytes are UTF-8", "--encoding ISO-8859-6")
put("windows-1256-declared-as-iso.txt", text(8).encode("cp1256"), "is not valid ISO-8859-6 text (declared with --encoding)", "--encoding ISO-8859-6")
put("utf16-without-bom.txt", text(9).encode("utf-16-le"), "UTF-16 without a byte-order mark")
put("utf8-bom-then-invalid.txt", b"\xef\xbb\xbf" + text(10).encode("cp1256"), "UTF-8 byte-order mark but is not valid UTF-8")
put("utf16-bom-odd-length.txt", b"\xff\xfe" + text(11).encode("utf-16-le") + b"\x41", "UTF-16LE byte-order mark but is not valid UTF-16LE")
put("header-unknown-key.txt", text(12, head="url: https://example.org/bad/12\nauthor: فلان\n---\n"), "unknown header key 'author'")
put("header-date-not-iso.txt", text(13, head="url: https://example.org/bad/13\npublished: 13/02/2023\n---\n"), "published date '13/02/2023' is not an ISO date")
put("future-date.txt", text(14, head="url: https://example.org/bad/14\npublished: 2999-02-13\n---\n"), "published date 2999-02-13 is in the future")
put("date-before-1990.txt", text(15, head="url: https://example.org/bad/15\npublished: 1989-12-31\n---\n"), "published date 1989-12-31 is before 1990")
put("url-not-a-url.txt", text(16, head="url: سوريا اليوم\n---\n"), "url 'سوريا اليوم' is not")
put("url-not-http.txt", text(17, head="url: ftp://example.org/bad/17\n---\n"), "url 'ftp://example.org/bad/17' is not an http(s) URL")
put("url-without-host.txt", text(18, head="url: https:///bad/18\n---\n"), "has no host name")
put("header-without-text.txt", "url: https://example.org/bad/19\noutlet: SY24\n---\n\n  \n", "has no article text")
put("only-share-buttons.txt", "Facebook\nTwitter\nWhatsApp\nTelegram\n", "has no article text (only page furniture)")
put("over-size.txt", text(21), "over the limit of 300 (--max-article-bytes)", "--max-article-bytes 300")
put("jsonl-over-size.jsonl", jl({"url": "https://example.org/bad/22", "text": GOOD * 3}), "over the limit of 100 (--max-article-bytes)", "--max-article-bytes 100")
# --- HTML
put("deeply-nested.html", "<html><body>" + "<div>" * 3000 + "<p>نص</p>" + "</div>" * 3000 + "</body></html>", "is HTML nested")
put("no-body-text.html", "<html><head><title>عنوان فقط</title></head><body></body></html>", "HTML page with no article text")
put("only-navigation.html", "<html><head><title>عنوان</title></head><body><nav><p>الرئيسية</p></nav><header><p>أخبار</p></header>"
    "<div class=\"share-buttons\"><p>شارك</p></div><footer><p>جميع الحقوق محفوظة</p></footer></body></html>", "HTML page with no article text")
put("malformed-unclosed.html", "<html><head><title>عنوان</title><body><script>var x = '<p>" + "<" * 200, "HTML page with no article text")
put("html-date-not-a-date.html", page(meta='<meta property="article:published_time" content="منذ ساعتين">'), "publication date 'منذ ساعتين' in the page's metadata is not a date")
put("html-future-date.html", page(meta='<meta property="article:published_time" content="2999-01-01T10:00:00+03:00">'), "is in the future")
put("html-canonical-not-http.html", page(meta='<link rel="canonical" href="javascript:void(0)">'), "is not an http(s) URL")
put("html-with-nul-bytes.html", page().encode() + b"\x00\x00\x00", "NUL bytes")
put("html-declared-iso-but-windows-1256.html", page(charset="ISO-8859-6").encode("cp1256"), "is not valid ISO-8859-6 text, which the page declares")
put("html-undeclared-windows-1256.html", page(charset="x-none").replace('<meta charset="x-none">', "").encode("cp1256"), "not valid UTF-8 text and declares no encoding")
# --- JSON Lines
def jl(obj):
    return json.dumps(obj, ensure_ascii=False) + "\n"
put("jsonl-not-json.jsonl", '{"url": "https://example.org/bad/40", "text": "نص" \n', "is not JSON")
put("jsonl-not-an-object.jsonl", '["https://example.org/bad/41", "نص"]\n', "is not a JSON object")
put("jsonl-missing-text.jsonl", jl({"url": "https://example.org/bad/42", "title": "عنوان"}), "has neither 'text' nor 'html'")
put("jsonl-field-wrong-type.jsonl", jl({"url": "https://example.org/bad/43", "published": 20230213, "text": GOOD}), "'published' is not a string")
put("jsonl-date-not-a-date.jsonl", jl({"url": "https://example.org/bad/44", "published": "أمس", "text": GOOD}), "'published' is 'أمس', not a date")
put("jsonl-deeply-nested.jsonl", '{"url": "https://example.org/bad/45", "x": ' + "[" * 200 + "]" * 200 + ', "text": "نص"}\n', "is JSON nested 201 levels deep")
put("jsonl-line-not-utf8.jsonl", jl({"url": "https://example.org/bad/46", "text": GOOD}).encode("cp1256"), "not valid UTF-8")
put("jsonl-bad-url.jsonl", jl({"url": "mailto:desk@example.org", "text": GOOD}), "is not an http(s) URL")
put("jsonl-html-without-text.jsonl", jl({"url": "https://example.org/bad/48", "html": "<html><body><nav>القائمة</nav></body></html>"}), "HTML page with no article text")
# --- WARC
lying = response("https://example.org/bad/50", page(), lie=57) + response("https://example.org/bad/51", page(title="إطلاق نار", body="<p>" + GOOD.replace("أمس الأحد", "أمس السبت") + "</p>"))
put("warc-lying-length.warc", lying, "the record's Content-Length does not match its content")
gz = gzip.compress(response("https://example.org/bad/52", page()))
put("warc-truncated-gzip.warc.gz", gzip.compress(warc_record("warcinfo", None, b"software: test\r\n", "application/warc-fields")) + gz[: len(gz) // 2],
    "broken gzip member: the file ends inside this gzip member (cut short)")
put("warc-no-html-record.warc", warc_record("warcinfo", None, b"software: test\r\n", "application/warc-fields")
    + response("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", ctype="image/png"), "holds no HTML page")
put("warc-only-404.warc", response("https://example.org/missing", page(), status="404 Not Found"), "holds no HTML page")
put("warc-garbage.warc", b"WARC/1.0\r\nthis is not a WARC header at all\r\n\r\n", "not a readable WARC record")
put("warc-html-with-nul-bytes.warc", response("https://example.org/bad/55", page().encode() + b"\x00\x00"), "NUL bytes")
put("gzip-but-not-warc.gz", gzip.compress(text(56).encode()), "is gzip-compressed but not a WARC.gz")

with open("cases.tsv", "w", encoding="utf-8") as f:
    f.write("# file\textra arguments\twhat the message must say\n")
    for name, args, expect in cases:
        f.write("%s\t%s\t%s\n" % (name, args, expect))
print(len(cases), "cases")
