-- Not an expert at all: strikes whenever it can, so the league's check of
-- "the expert beats the built-in AI" must fail.
return require("league").always { us = { "strike_campaign", "strike_nuclear", "deploy_forces" } }
