return {
  { id = "bytes", once = false, when = function(w) return true end,
    apply = function(w)
      w.state().name = "caf\xe9 \xff\xfe \xed\xa0\x80 ok"
      w.state()["k\xff"] = 1
      w.news("news with \xff\xfe bytes and a \27[31mterminal escape")
      if w.turn() == 2 then error("wrote bytes that are not UTF-8") end
    end },
}
