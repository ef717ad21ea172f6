error("a broken stand-in for the tutorial")
