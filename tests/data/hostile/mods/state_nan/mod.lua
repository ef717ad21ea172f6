-- attack: world.state() holding nan and inf, which JSON cannot keep (they became null without a word)
-- save: yes
-- expect: not saved: the world.state() of 'state_nan', at .limit, is a number JSON cannot hold (nan or inf)
-- check: state_nan
return { name = "state_nan", version = "1.0", api = 1, author = "a hostile student", licence = "CC0-1.0" }
