"""Every negotiation document converts to PDF with LibreOffice and its printed text carries the
amounts (skipped where LibreOffice or pdftotext is not installed; one conversion run, it is slow)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from app.documents.agreement import build_agreement
from app.documents.complaint import build_complaint
from app.documents.extension import build_extension
from app.documents.inputs import ComplaintData, ExtensionData, Fact, InstalmentData, ObjectionData, Proposal
from app.documents.instalment import build_instalment
from app.documents.objection import build_objection
from app.documents.render_docx import render_docx
from app.documents.request import build_request
from app.documents.save import save_docx
from tests.documents.negotiation_data import BORROWER, LOAN, ON, OWED, PROPOSAL, agreement_data, request_data

pytestmark = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="LibreOffice or pdftotext not installed")

FACT = Fact(dt.datetime(2026, 3, 9, 23, 10), "phone", "催收员", "威胁上门", ("threat",))
DOCUMENTS = {
    "request": (build_request(request_data(hardship="收入不稳定" * 400)), ("9,750.50", "玖仟陆佰元整", "壹仟贰佰元整", "协商还款申请书")),
    "extension": (build_extension(ExtensionData(BORROWER, LOAN, OWED, Proposal(extension_months=3), ON)), ("9,750.50", "展期3个月")),
    "agreement": (build_agreement(agreement_data()), ("9,600.00", "玖仟陆佰元整", "800.00", "乙方（签字）")),
    "complaint": (build_complaint(ComplaintData(BORROWER, "闪借花", ON, facts=(FACT,))), ("2026年3月9日 23:10", "投诉人（签字）")),
    "objection": (build_objection(ObjectionData(BORROWER, "闪借花", ON, entry="逾期记录")), ("征信异议申请", "20日内")),
    "instalment": (build_instalment(InstalmentData(BORROWER, "城南银行", OWED, PROPOSAL, ON)), ("第七十条", "9,750.50", "800.00")),
}


def test_every_document_prints_with_its_amounts(tmp_path: Path) -> None:
    # a profile of our own (a running LibreOffice or doc2png would otherwise take the conversion over),
    # kept between runs: a new profile costs LibreOffice several seconds to set up
    profile = Path(tempfile.gettempdir()) / f"repaydesk-tests-libreoffice-{os.getuid() if hasattr(os, 'getuid') else 0}"
    files = [str(save_docx(render_docx(model), tmp_path / f"{name}.docx")) for name, (model, _) in DOCUMENTS.items()]
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), *files],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    for name, (_, expected) in DOCUMENTS.items():
        pdf = tmp_path / f"{name}.pdf"
        assert pdf.exists(), name
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
        flat = "".join(text.split())  # pdftotext spaces and wraps CJK text as it lays it out
        for figure in expected:
            assert "".join(figure.split()) in flat, (name, figure)
    pages = subprocess.run(["pdfinfo", str(tmp_path / "request.pdf")], capture_output=True, text=True).stdout
    assert int(next(line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:"))) >= 3  # the long text wrapped
