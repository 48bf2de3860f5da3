"""The exact messages of ``NoticeReadError`` raised by the readers.

Each names the problem and says what to do.  Tests assert them exactly, so change them here
and nowhere else.  Messages with ``{…}`` are filled with ``.format``.
"""
from __future__ import annotations

NOT_FOUND = "no such file; check the path and the file name"
UNREADABLE = ("the file cannot be opened ({error}); check that you may read it and that no other "
              "program holds it, then try again")
EMPTY = ("the file is empty (it holds no text); check that this is the right file and that "
         "it was saved completely")
EMPTY_DOCUMENT = ("the document holds no text (it is empty or holds only pictures); check that "
                  "this is the right file, or give the notice as a .docx with its text")
BINARY = ("this is not a text file: it holds binary data ({kind}); give the notice as a .docx, "
          ".pdf or UTF-8 .txt file")
DOC = ("this is an old Word 97-2003 document (.doc), which cannot be read; open it in Word and "
       "save it as .docx (File > Save As > Word Document), then try again")
UNKNOWN_EXT = "cannot read '{ext}' files; give the notice as a .docx, .pdf, .txt or .md file"
NO_EXT = ("the file name has no extension, so its type is unknown; rename it to end in .docx, "
          ".pdf, .txt or .md according to its content")
CORRUPT_DOCX = ("the .docx file is damaged or is not a Word document (it is not a valid .docx "
                "package); open it in Word and save it again as .docx, or ask the sender for a "
                "new copy")
DOCX_OLD_OR_LOCKED = ("the file is named .docx but holds an old Word 97-2003 document or a "
                      "password-protected one; open it in Word, remove any password and save it "
                      "as .docx (File > Save As > Word Document)")
CORRUPT_PDF = ("the PDF file is damaged or is not a PDF; open it in a PDF reader to check it, "
               "or ask the sender for a new copy")
PDF_PASSWORD = ("the PDF is password-protected; open it, save a copy without the password "
                "(or print it to PDF), then try again")
SCANNED_PDF = ("the PDF has no text layer (it is a scanned image of the pages); it needs OCR "
               "first (e.g. ocrmypdf -l vie in.pdf out.pdf), or get the .docx of the notice")
PDF_NO_UNICODE = ("the PDF's text cannot be extracted (its fonts carry no Unicode mapping); "
                  "get the .docx of the notice, or run OCR on the PDF (e.g. ocrmypdf -l vie "
                  "--force-ocr in.pdf out.pdf)")
LEGACY = ("the text is in the old Vietnamese encoding {encoding} (font {font}), not Unicode; "
          "convert it to Unicode first (e.g. Unikey's converter: Công cụ chuyển mã, "
          "Nguồn: {encoding}, Đích: Unicode), save it, and try again")
UNDECODABLE = ("the text file is not in UTF-8 or UTF-16 and its encoding is not recognised; "
               "open it in a text editor and save it as UTF-8 (Notepad: Save As > Encoding: "
               "UTF-8)")

# legacy encodings: name shown in the message, and the font that goes with it
TCVN3 = ("TCVN3 (ABC)", ".VnTime")
VNI = ("VNI Windows", "VNI-Times")

# what a file holding binary data looks like, by its first bytes
BINARY_KINDS = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF document: rename the file to .pdf"),
    (b"PK\x03\x04", "a zip archive, e.g. a .docx or .xlsx: rename a Word file to .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document, e.g. a Word .doc: save it as .docx"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
)
UNKNOWN_BINARY = "not recognised"


def legacy(kind: tuple[str, str]) -> str:
    return LEGACY.format(encoding=kind[0], font=kind[1])
