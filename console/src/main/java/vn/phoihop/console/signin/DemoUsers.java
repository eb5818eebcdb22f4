package vn.phoihop.console.signin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The demo agencies (the local stack's directories) and the roles one can sign in as with the development sign-in. */
@ApplicationScoped
public class DemoUsers {
    private static final List<String> DIRECTORIES = List.of("agencies-dak-nong.json", "agencies-dien-bien.json", "agencies-lang-son.json");
    /** The 2025 reorganisations of the local stack create today's agencies (the new Lâm Đồng's, LDG.*). */
    private static final String REORGANISATIONS = "reorganisations-2025.json";

    @TemplateData
    public record Agency(String code, String name, String province) {
    }

    @TemplateData
    public record Featured(String code, String name, String role, String roleLabel, String why) {
    }

    /** The users the local stack's demo is about, first on the page. */
    public static final List<Featured> FEATURED = List.of(
            new Featured("LDG.SKHCN", "Sở Khoa học và Công nghệ tỉnh Lâm Đồng", "coordinator", "Chuyên viên Sở (điều phối)", "soạn, ban hành văn bản mới trên bản đồ hành chính hôm nay"),
            new Featured("LDG.BAOPTTH", "Báo và Phát thanh, Truyền hình Lâm Đồng", "officer", "Cán bộ đơn vị", "nhiệm vụ báo chí của kế hoạch 2020, nay ở đơn vị kế thừa"),
            new Featured("DKN.STTTT", "Sở Thông tin và Truyền thông tỉnh Đắk Nông", "coordinator", "Chuyên viên Sở (điều phối)", "ban hành Kế hoạch năm 2020 về phòng, chống mua bán người"),
            new Featured("DKN.BAODAKNONG", "Báo Đắk Nông", "officer", "Cán bộ đơn vị", "phối hợp nhiệm vụ tuyên truyền trên báo chí"),
            new Featured("DKN.DAIPTTH", "Đài Phát thanh và Truyền hình tỉnh Đắk Nông", "officer", "Cán bộ đơn vị", "chủ trì nhiệm vụ tuyên truyền trên báo chí"),
            new Featured("DKN.GIANGHIA.PVHTT", "Phòng Văn hóa - Thông tin thành phố Gia Nghĩa", "officer", "Cán bộ đơn vị", "cấp huyện"),
            new Featured("DBN.STTTT", "Sở Thông tin và Truyền thông tỉnh Điện Biên", "coordinator", "Chuyên viên Sở (điều phối)", "Kế hoạch năm 2022 về phòng, chống mại dâm"),
            new Featured("DBN.UBND", "Ủy ban nhân dân tỉnh Điện Biên", "coordinator", "Chuyên viên (điều phối)", "Kế hoạch 4256/KH-UBND"),
            new Featured("DBN.CAT", "Công an tỉnh Điện Biên", "officer", "Cán bộ đơn vị", "đơn vị thực hiện"),
            new Featured("DKN.UBND", "Ủy ban nhân dân tỉnh Đắk Nông", "admin", "Quản trị hệ thống", "danh mục cơ quan, kênh gửi, truy cập Kafka"));

    private final List<Agency> agencies = load();

    public List<Agency> agencies() {
        return agencies;
    }

    public boolean known(String code) {
        return agencies.stream().anyMatch(a -> a.code().equals(code));
    }

    /** Every agency a reorganisation creates (an object with a code, a name and a province). */
    private static void collect(com.fasterxml.jackson.databind.JsonNode node, List<Agency> all) {
        if (node.isObject() && node.hasNonNull("code") && node.hasNonNull("name") && node.hasNonNull("provinceCode")) {
            String code = node.get("code").asText();
            if (all.stream().noneMatch(x -> x.code().equals(code))) {
                all.add(new Agency(code, node.get("name").asText(), node.get("provinceCode").asText()));
            }
        }
        node.forEach(child -> collect(child, all));
    }

    private static List<Agency> load() {
        ObjectMapper json = new ObjectMapper();
        List<Agency> all = new ArrayList<>();
        for (String file : DIRECTORIES) {
            try (InputStream in = DemoUsers.class.getResourceAsStream("/demo/" + file)) {
                if (in == null) {
                    continue;
                }
                for (Map<String, Object> a : json.readValue(in, new TypeReference<List<Map<String, Object>>>() {
                })) {
                    String code = (String) a.get("code");
                    if (all.stream().noneMatch(x -> x.code().equals(code))) {
                        all.add(new Agency(code, (String) a.get("name"), (String) a.get("provinceCode")));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the demo directory " + file, e);
            }
        }
        try (InputStream in = DemoUsers.class.getResourceAsStream("/demo/" + REORGANISATIONS)) {
            if (in != null) {
                collect(json.readTree(in), all);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the demo reorganisations", e);
        }
        all.sort(Comparator.comparing((Agency a) -> a.province() == null ? "" : a.province()).thenComparing(Agency::name));
        return List.copyOf(all);
    }
}
