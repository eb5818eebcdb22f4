-- A one-off report obligation is labelled with its own title ("Tổng hợp kết quả thực hiện Chương trình của các
-- Sở, ngành, ... theo quy định" in 4256/KH-UBND), which is longer than 80 characters: the label is text, as in
-- report-service. Before this, such a plan could not be applied here.
alter table assignment alter column period_label type text;
