-- An actor script without a decide function.
return { rules = {} }
