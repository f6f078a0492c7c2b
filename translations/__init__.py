"""The interface's translations: the .ts files translators edit and the .qm files built from them (docs/translations.md)."""
