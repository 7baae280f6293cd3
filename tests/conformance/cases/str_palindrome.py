"""Palindrome test: keep isalnum() chars, lower() them, compare with the [::-1] reversal."""


def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1], cleaned


ENTRY = "is_palindrome"
SAMPLES = [("A man, a plan, a canal: Panama",), ("hello",)]
CHECKS = [("",), ("!!",), ("Ésoé",), ("日本日",), ("No 'x' in Nixon",)]
