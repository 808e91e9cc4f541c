"""Write corpus/gold/pagetext-heldout34.jsonl from the hand-written tables in tables.py
(the source tables; the tool output is never read here)."""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from tables import TABLES, parse_rows, annual_period, L1, L2

FILE_TAGS = {
 "01": ["pdftotext_layout", "pdf_from_xlsx", "ruled_table", "space_aligned_columns", "merged_label_centred", "header_block", "signoff_line"],
 "02": ["pdftotext", "pdf_from_docx", "ruled_table", "column_by_column", "cells_wrapped", "two_row_header", "header_block"],
 "03": ["pdftotext_raw", "pdf_reportlab", "unruled_table", "single_space_cells", "merged_label_own_line", "cells_wrapped", "header_block", "signoff_line"],
 "04": ["pdfminer_pdf2txt", "pdf_from_xlsx", "ruled_table", "column_by_column", "self_eval", "header_block", "signoff_line"],
 "05": ["pymupdf_get_text", "pdf_from_docx", "ruled_table", "one_cell_a_line", "cells_wrapped", "header_block"],
 "06": ["pymupdf_blocks", "pdf_reportlab", "ruled_table", "one_cell_a_line", "blank_line_between_rows", "note_column", "header_block"],
 "07": ["pypdf_extract_text", "pdf_reportlab", "unruled_table", "one_cell_a_line", "seq_column", "no_declared_categories", "header_block"],
 "08": ["pdfplumber_extract_text", "pdf_reportlab", "ruled_table", "single_space_cells", "merged_label_centred", "two_row_header", "header_block"],
 "09": ["docx2txt", "docx", "one_cell_a_line", "blank_line_runs", "merged_cells_left_out", "header_block", "signoff_line"],
 "10": ["pandoc_plain", "docx", "space_aligned_columns", "merged_cells_left_out", "two_row_header", "header_block"],
 "11": ["pandoc_markdown", "docx", "markdown_multiline_table", "merged_cells_left_out", "self_eval", "bold_header", "header_block"],
 "12": ["python_docx_tabs", "docx", "tab_separated", "merged_cells_repeated", "paragraphs_before_table", "header_block"],
 "13": ["xlsx2csv", "xlsx", "csv", "merged_cells_blank", "quoted_newlines", "self_eval", "header_block"],
 "14": ["in2csv", "xlsx", "csv", "merged_cells_blank", "split_value_columns", "letter_header_names", "header_block"],
 "15": ["openpyxl_tabs", "xlsx", "tab_separated", "merged_cells_blank", "two_row_header", "header_block", "signoff_line"],
 "16": ["soffice_csv", "xlsx", "csv", "merged_cells_blank", "loose_category_names", "header_block"],
}


def gold_rows():
    out = []
    for t in TABLES:
        fname = f"{t['no']}_{t['tool']}_{t['topic']}.txt"
        for n, r in enumerate(parse_rows(t), 1):
            annual, period = annual_period(t["kind"], r["cols"])
            q = list(FILE_TAGS[t["no"]])
            plain = t["kind"] == "plain"
            if not plain and not r["l1_first"]:
                q.append("l1_merged_continuation")
            if not plain and not r["l2_first"]:
                q.append("l2_merged_continuation")
            if "\n" in r["name"]:
                q.append("br_in_name")
            if period is not None:
                q.append("period_value")
            if r["l1"] == "成本指标":
                q.append("cost_level1_2021")
            if t["kind"] == "self" and r["cols"][4]:
                q.append("deviation_reason")
            if t["kind"] == "split":
                q.append("qualitative_op_dropped" if r["cols"][0] == "定性" else "op_value_unit_joined")
            out.append({"file": fname, "n": n, "name": r["name"].replace("\n", ""), "annual_value": annual,
                        "period_value": period, "level1_code": None if plain else L1[r["l1"]],
                        "level2_code": None if plain else L2[r["l2"]], "url": None, "quirks": q})
    return out


if __name__ == "__main__":
    dest = HERE.parents[3] / "corpus" / "gold" / "pagetext-heldout34.jsonl"
    rows = gold_rows()
    dest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(dest, len(rows))
