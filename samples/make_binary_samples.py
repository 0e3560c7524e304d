"""Regenerate the two binary sample reports from the strings in this file.

    .venv/bin/python samples/make_binary_samples.py

Writes:
  samples/reports/coach_assessment.pdf       (fpdf2, core Helvetica font, so Latin-1 text only)
  samples/reports/swiftline_fin_report.docx  (python-docx)

Everything in them is fictional (see samples/NETWORKS.md). The gold annotations are
samples/gold/coach_assessment.pdf.json and samples/gold/swiftline_fin_report.docx.json.
If you change the text here, update the gold files to match.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports"

# --------------------------------------------------------------------------- PDF
PDF_TITLE = "INTELLIGENCE ASSESSMENT"
PDF_SUBTITLE = "Romanian minibus arrivals at Dover Eastern Docks, January - June 2024"
PDF_HEADER = [
    ("Originator", "Border Force South East, Dover Intelligence Team"),
    ("Date", "08/07/2024"),
    ("Grading", "B2P"),
    ("Prepared by", "Intelligence Officer Mark Tennant"),
    ("Operation", "BRACKEN (Greater Manchester Police lead)"),
]
PDF_PARAS = [
    (
        "1. Summary",
        "Between January and June 2024 a white Mercedes Sprinter minibus with Romanian "
        "registration CT 19 GDU made twelve inbound crossings from Calais to Dover Eastern Docks. "
        'On eleven of them the driver was Gabriel DUMITRU (33), Romanian, aka "Gabi", who gives '
        "his employer as Pontica Transcar SRL, a small coach firm in Constanta. Each run "
        "carried 9 to 14 passengers. Most passengers were men from Constanta county travelling on "
        "Romanian identity cards. Several had visible disabilities, and on three runs children "
        "were with adults who were not their parents.",
    ),
    (
        "2. Route",
        "Passengers and the driver describe the same route each time: Constanta - Bucharest - "
        "the Nadlac border crossing into Hungary - Vienna - Germany - Belgium - Calais, then the "
        "ferry to Dover. Most passengers get off at London Victoria Coach Station. A smaller "
        "group stays on the bus to Manchester.",
    ),
]
PDF_TABLE_HEAD = ("Date", "Passengers", "Declared destination", "Notes")
PDF_TABLE = [
    ("14/01/2024", "11 (8 men, 2 women, 1 child)", "London Victoria", "2 men on crutches"),
    ("28/01/2024", "12 (9 men, 3 women)", "London Victoria", "-"),
    ("11/02/2024", "9 (7 men, 2 children)", "Manchester", "children with an uncle"),
    ("10/03/2024", "14 (12 men, 2 women)", "London Victoria", "3 men, one blind in one eye"),
    ("07/04/2024", "10 (6 men, 1 woman, 3 children)", "Manchester", "no parents present"),
    ("19/05/2024", "13 (11 men, 2 women)", "London Victoria", "driver not DUMITRU"),
]
PDF_PARAS_2 = [
    (
        "3. Links",
        "DUMITRU's UK mobile, 07700 900655, was captured at the control on 10/03/2024. Call "
        "data shows regular contact with 07700 900612, the number used by the Constanta "
        'recruiter Loredana VASILE ("Lori"), and with 07700 900642, which belongs to Florin '
        "STOICA of Cheetham Hill, Manchester. On 11/02/2024 and 07/04/2024 the minibus was "
        "recorded on ANPR on the M6 northbound, and it was later seen outside 112 Kelverdale "
        "Road, Cheetham Hill. That is STOICA's home address.",
    ),
    (
        "4. Assessment",
        "It is highly likely that DUMITRU is the regular transporter for the STOICA family. "
        "He moves adults with disabilities and unaccompanied children from Constanta county to "
        "Manchester for forced begging, shoplifting and construction labour, and the recruits "
        "come from VASILE. Because passengers travel on genuine identity cards as EU visitors, "
        "routine checks have not flagged them.",
    ),
    (
        "5. Recommendations",
        "Place a Border Force marker on CT 19 GDU, so that passengers are spoken to "
        "separately with an interpreter at the next crossing. Share with Greater Manchester "
        "Police (DC Liam O'Connor) and Police Scotland.",
    ),
]


def make_pdf(path: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_title(PDF_SUBTITLE)
    pdf.set_author("Border Force South East (fictional sample)")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(
        0,
        5,
        "OFFICIAL-SENSITIVE (fictional sample - ocgmap test corpus)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, PDF_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, PDF_SUBTITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    for key, value in PDF_HEADER:
        pdf.cell(32, 5, key + ":")
        pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def paras(items: list[tuple[str, str]]) -> None:
        for heading, body in items:
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, body, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    paras(PDF_PARAS)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Table 1. Crossings by CT 19 GDU (selected)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    with pdf.table(col_widths=(22, 55, 40, 55), text_align="LEFT") as table:
        row = table.row()
        for cell in PDF_TABLE_HEAD:
            row.cell(cell)
        for values in PDF_TABLE:
            row = table.row()
            for cell in values:
                row.cell(cell)
    pdf.ln(4)
    paras(PDF_PARAS_2)
    pdf.output(str(path))


# -------------------------------------------------------------------------- DOCX
DOCX_TITLE = "Financial Intelligence Report: Swiftline Money Transfer Ltd"
DOCX_META = [
    ("Unit", "West Midlands Regional Organised Crime Unit, Financial Investigation"),
    ("Author", "Financial Investigator Karen Whitfield"),
    ("Date", "12/09/2024"),
    ("Grading", "B2P"),
    ("Operations", "LANTERN / FLINTLOCK"),
]
DOCX_PARAS = [
    (
        "Subject",
        'MALIK, Tariq (41), DOB 1983, British, aka "Tiger", of 5 Wrenfield Drive, Solihull. '
        "He is the sole director of Swiftline Money Transfer Ltd, a registered money service "
        "business trading from a shop on Coventon Road, Sparkbrook, Birmingham (landline "
        "0121 496 0404). His mobile is 07700 900404. A white Range Rover Sport, BN21 TKR, is "
        "registered to the company and driven by MALIK.",
    ),
    (
        "Summary",
        "Over 14 months, Swiftline took in about £850,000 in cash. Its own records show only "
        "£140,000 in fee income. The cash comes from two unconnected sources. The first is the "
        'Vietnamese nail bar and cannabis network led by NGUYEN Van Hung ("Uncle Hung", mobile '
        "07700 900231). His manager TRAN Thi Lan makes weekly deposits, and takings from Star "
        "Nails (Birmingham) and Lily Nails & Beauty (Leeds) go out as hundreds of small "
        "transfers to Nghe An and Hanoi. The second is cash couriered from London by members of "
        'the "Ace line" county lines group, including WHYTE, Jordan ("Smokey"). That money '
        'goes out as payments for "vehicle stock" to Kaydon Motors Ltd, a used-car business '
        'in Enfield. Its sole director is ASHLEY, Dwayne ("Boss D", mobile 07700 900701).',
    ),
]
DOCX_TABLE_HEAD = ("Period", "Counterparty", "Direction", "Amount", "Note")
DOCX_TABLE = [
    (
        "06/2023-07/2024",
        "NGUYEN Van Hung and 9 linked senders",
        "in (cash)",
        "£612,400",
        "deposits kept under £9,000",
    ),
    (
        "06/2023-07/2024",
        "212 recipients in Nghe An and Hanoi, Vietnam",
        "out",
        "£574,900",
        "names repeat across months",
    ),
    (
        "01/2024-07/2024",
        "cash couriers from London",
        "in (cash)",
        "£238,000",
        "incl. WHYTE, Jordan (Audi A3 LB18 XVN)",
    ),
    (
        "02/2024-08/2024",
        "Kaydon Motors Ltd, Enfield",
        "out",
        "£196,500",
        "director: ASHLEY, Dwayne",
    ),
]
DOCX_PARAS_2 = [
    (
        "Assessment",
        "MALIK is a professional money launderer. He works for at least two trafficking and "
        "exploitation networks that otherwise have no link to each other. The Vietnamese "
        "network's deposits match victims' accounts that their \"wages\" are sent to Vietnam "
        '"against the debt through Swiftline". Kaydon Motors Ltd has no trading history that '
        "matches its receipts.",
    ),
    (
        "Recommendations",
        "Apply for account freezing orders on Swiftline and Kaydon Motors Ltd. Make a referral "
        "to HMRC, the MSB supervisor. Brief DS Priya Nanda (West Midlands Police) and DC Grace "
        "Osei (Metropolitan Police) before any overt action.",
    ),
]


def make_docx(path: Path) -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)
    doc.core_properties.title = DOCX_TITLE
    doc.core_properties.author = "ocgmap sample corpus (fictional)"
    doc.add_paragraph("OFFICIAL-SENSITIVE (fictional sample - ocgmap test corpus)")
    doc.add_heading(DOCX_TITLE, level=1)
    for key, value in DOCX_META:
        p = doc.add_paragraph()
        p.add_run(key + ": ").bold = True
        p.add_run(value)
    for heading, body in DOCX_PARAS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
    doc.add_heading("Table 1. Flows through Swiftline (selected)", level=2)
    table = doc.add_table(rows=1, cols=len(DOCX_TABLE_HEAD))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, DOCX_TABLE_HEAD, strict=True):
        cell.text = text
    for values in DOCX_TABLE:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    for heading, body in DOCX_PARAS_2:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
    doc.save(str(path))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    make_pdf(OUT / "coach_assessment.pdf")
    make_docx(OUT / "swiftline_fin_report.docx")
    for name in ("coach_assessment.pdf", "swiftline_fin_report.docx"):
        print(f"wrote {OUT / name} ({(OUT / name).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
