"""Additions to the generated OpenAPI schema."""


def document_error_answers(result, generator, request, public):
    """Say what the API answers besides success: a list asked for a page past its end, or an id
    that names nothing, answers 404; a write with a body that is valid JSON but not valid data (an unknown story, a range
    upside down) answers 400, naming each field and why."""
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            if any(parameter.get("name") == "page" for parameter in operation.get("parameters", [])):
                operation["responses"].setdefault("404", {"description": "No such page."})
            if "{id}" in path:
                operation["responses"].setdefault("404", {"description": "No such object."})
            if method in ("post", "put", "patch"):
                operation["responses"].setdefault("400", {"description": "Invalid data: the body names each field and why."})
    return result
