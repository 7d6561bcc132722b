"""The Roster tab: the people table, the skill-gap panel, and the dialogs that edit people and skills."""
