"""Sym handlers for the access flow."""

VALUE = 1
