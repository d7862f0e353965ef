# Length of custodial sentences by group, in 6-month bins
# Renders sentence_months.png and sentence_months.svg from sentence_months.dat: run `gnuplot sentence_months.gp` in this folder.
reset
set encoding utf8
set datafile missing "NaN"
set title 'Length of custodial sentences by group, in 6-month bins' font ",12"
set xlabel 'sentence length (months)'
set ylabel 'share of the group' . "\047" . 's custodial sentences (%)'
set grid ytics lc rgb "#dddddd"
set border 3
set tics nomirror
set bmargin 7
set rmargin 6
set key top right opaque box
set xtics 0, 6
set xrange [0:156]
set format y "%g%%"
set yrange [0:100]
set ytics 0, 10, 100
set label 1 'Source: cases_synthetic_2021_2024.csv (synthetic cases made by courtstat simulate, not court records) · decisions 2021-01-25 to 2024-12-31' at screen 0.01, screen 0.02 left font ",8" tc rgb "#444444"
set label 2 'Each bar: the share of the group' . "\047" . 's sentences in a 6-month bin; the axis ends with the bin of the longest sentence.' at screen 0.01, screen 0.05500000000000001 left font ",9" tc rgb "#222222"
set label 3 'SYNTHETIC DATA' at screen 0.99, screen 0.965 right font ",13" tc rgb "#D55E00"
set terminal pngcairo size 1000,560 font "DejaVu Sans,10" noenhanced
set output "sentence_months.png"
plot 'sentence_months.dat' index 0 using 2:3:(3) with boxes fs solid 1.0 noborder lc rgb "#0072B2" title 'mobilised (n = 2,320 custodial sentences)', \
     'sentence_months.dat' index 1 using 2:3:(3) with boxes fs solid 1.0 noborder lc rgb "#D55E00" title 'contract soldiers (n = 2,193 custodial sentences)'
set terminal svg size 1000,560 font "DejaVu Sans,10" noenhanced
set output "sentence_months.svg"
replot
unset output
