"""The main window's pages, in sidebar order (Ctrl+1 … Ctrl+7)."""

from __future__ import annotations

from app.ui.pages.base import Page
from app.ui.pages.budget import BudgetPage
from app.ui.pages.dashboard import DashboardPage
from app.ui.pages.diary import DiaryPage
from app.ui.pages.documents import DocumentsPage
from app.ui.pages.guide import GuidePage
from app.ui.pages.loans import LoansPage
from app.ui.pages.scenarios import ScenariosPage

PAGE_CLASSES: tuple[type[Page], ...] = (
    DashboardPage, LoansPage, BudgetPage, DiaryPage, ScenariosPage, DocumentsPage, GuidePage,
)
