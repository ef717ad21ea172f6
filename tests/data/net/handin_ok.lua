-- A team's hand-in: passes every week.
return { decide = function(view) return {} end }
