# Length of custodial sentences by group (6-month bins)
# Renders sentence_months.png and sentence_months.svg from sentence_months.dat: run `gnuplot sentence_months.gp` in this folder.
reset
set encoding utf8
set datafile missing "NaN"
set title "Length of custodial sentences by group (6-month bins)"
set xlabel "sentence (months)"
set ylabel "share of the group's sentences"
set key top right opaque box
set grid ytics lc rgb "#dddddd"
set border 3
set tics nomirror
set yrange [0.0:*]
set terminal pngcairo size 1000,560 font "DejaVu Sans,10" noenhanced
set output "sentence_months.png"
plot 'sentence_months.dat' index 0 using 1:2 with steps lw 2 lc rgb "#1f77b4" title "mobilized", \
     'sentence_months.dat' index 1 using 1:2 with steps lw 2 lc rgb "#d62728" title "contract"
set terminal svg size 1000,560 font "DejaVu Sans,10" noenhanced
set output "sentence_months.svg"
replot
unset output
