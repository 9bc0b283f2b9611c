/** What the composite-indicator workflow family offers its registry specs and the rest of the add-in. */
export {};
