"""The Scenarios page's Qt models, editors and chart panel."""
