package vn.phoihop.console.web;

import vn.phoihop.console.services.ServiceProblem;

import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The services answer in English (Bean Validation and their own messages: their API is for agency systems too);
 * the console says the same in Vietnamese. An English message the console has no words for is never shown: the
 * page says in general words what was refused, and the console logs the message so that it gets its translation.
 */
@io.quarkus.qute.TemplateExtension(namespace = "msg")
public final class Messages {
    private static final Logger LOG = Logger.getLogger(Messages.class);
    private static final Map<Pattern, String> PATTERNS = new LinkedHashMap<>();
    private static final Pattern ONE_OF = Pattern.compile("must be one of:? *\\[?([A-Za-z0-9_|, ]+)]?");
    private static final Pattern FIELD_MESSAGE = Pattern.compile("([A-Za-z][\\w.\\[\\]]*): (.+)", Pattern.DOTALL);

    static {
        // Bean Validation (Hibernate Validator's English defaults) and the services' own constraint messages
        put("must not be blank", "Không được để trống.");
        put("must not be null", "Bắt buộc phải có.");
        put("must not be empty", "Không được để trống.");
        put("size must be between (\\d+) and (\\d+)", "Độ dài phải từ $1 đến $2.");
        put("must be greater than or equal to (\\S+)", "Phải lớn hơn hoặc bằng $1.");
        put("must be less than or equal to (\\S+)", "Phải nhỏ hơn hoặc bằng $1.");
        put("must be greater than (\\S+)", "Phải lớn hơn $1.");
        put("must be less than (\\S+)", "Phải nhỏ hơn $1.");
        put("must be between (\\S+) and (\\S+)", "Phải từ $1 đến $2.");
        put("must be at most (\\S+)", "Tối đa $1.");
        put("at most (\\d+) characters", "Tối đa $1 ký tự.");
        put("at most (\\d+) addresses", "Tối đa $1 địa chỉ.");
        put("must be a well-formed email address", "Phải là một địa chỉ thư điện tử hợp lệ.");
        put("must be a future date", "Phải là một ngày trong tương lai.");
        put("must be positive", "Phải lớn hơn 0.");
        put("must be 0 or more", "Phải từ 0 trở lên.");
        put("must be a year \\(2022\\) or a range of years \\(2021-2025\\)", "Phải là một năm (2022) hoặc một giai đoạn (2021-2025).");
        put("must be a year or a range of years", "Phải là một năm hoặc một giai đoạn.");
        put("must match \".*\"", "Không đúng định dạng.");
        put("must be 2 to 64 upper-case ASCII letters, digits, '\\.', '_' or '-'",
                "Phải gồm 2 đến 64 ký tự: chữ in hoa không dấu, chữ số, dấu '.', '_' hoặc '-', ví dụ DKN.BAODAKNONG.");
        put("must be an agency code such as .*", "Phải là mã cơ quan, ví dụ DKN.BAODAKNONG (chữ in hoa không dấu, chữ số, các phần cách nhau bằng dấu chấm, tối đa 64 ký tự).");
        put("must be csv or json", "Phải là csv hoặc json.");
        put("must be a period such as .*", "Phải là một kỳ báo cáo, ví dụ 2020-Q2, 2020-M03, 2020-H1, 2020 hoặc ONCE.");
        put("must be a plan id \\(UUID\\)", "Phải là mã văn bản (UUID).");
        put("must be the (\\w+)'s id \\(a UUID\\)", "Phải là mã (UUID).");
        put("must be a date like (\\S+)", "Phải là một ngày có thật, viết dd/mm/yyyy.");
        put("must be in the future", "Phải là một thời điểm trong tương lai.");
        put("must be today or later", "Phải từ hôm nay trở đi.");
        put("must be plan, agency or total", "Phải là plan, agency hoặc total.");
        put("is past the last possible page.*", "Vượt quá trang cuối cùng.");
        // agencies and the directory
        put("(?i)unknown agency:? ?(\\S*?),? neither stored nor in the file", "Không có cơ quan $1 trong danh mục, cũng không có trong tệp.");
        put("(?i)unknown agency:? ?(\\S*)", "Không có cơ quan $1 trong danh mục.");
        put("(?i)unknown or ended agency:? ?(\\S*?)( \\(describe a new successor in newAgencies\\))?",
                "Cơ quan $1 không có trong danh mục hoặc đã giải thể.");
        put("agency (\\S+) no longer exists since (\\S+); its successor is (.+)", "Cơ quan $1 đã giải thể từ $2; đơn vị kế thừa: $3.");
        put("agency (\\S+) no longer exists since (\\S+)", "Cơ quan $1 đã giải thể từ $2.");
        put("(?i).*no agency (\\S+).*", "Không có cơ quan $1 trong danh mục.");
        put("agency (\\S+) is not in the directory", "Cơ quan $1 không có trong danh mục.");
        put("(?i).*not in the directory.*", "Không có cơ quan này trong danh mục.");
        put("(\\S+) is already in rows\\[(\\d+)]", "Mã $1 đã có ở một dòng khác của tệp.");
        put("this is the directory of (\\S+), not of (\\S+)", "Đây là danh bạ của $1, không phải của $2.");
        put("(\\S+) belongs to the directory of (\\S+), not of (\\S+)", "$1 thuộc danh bạ của $2, không phải của $3.");
        put("(\\S+) belongs to no province \\(a national body\\): only an admin changes it",
                "$1 là cơ quan trung ương (không thuộc tỉnh nào): chỉ quản trị viên được sửa.");
        put("a coordinator adds only agencies of (\\S+) .*", "Chuyên viên chỉ thêm được cơ quan của $1 (mã $1.…); cơ quan trung ương do quản trị viên thêm.");
        put("a coordinator imports only the directory of its own province", "Chuyên viên chỉ nhập được danh bạ của tỉnh mình.");
        put("(\\d+) row\\(s\\) outside the directory of (\\S+), nothing imported.*", "Có $1 dòng ngoài danh bạ của $2; chưa nhập gì.");
        put("(\\d+) invalid field\\(s\\), nothing imported.*", "Có $1 ô chưa hợp lệ; chưa nhập gì.");
        put("the rows' parents form a cycle", "Các dòng lấy nhau làm cấp trên thành một vòng.");
        put("(\\S+) cannot sit below itself", "$1 không thể là cấp dưới của chính nó.");
        put("an agency cannot be its own parent", "Một cơ quan không thể là cấp trên của chính nó.");
        put("must be (\\S+), the agency's code never changes", "Phải là $1: mã cơ quan không bao giờ đổi.");
        put("missing column\\(s\\) (.+?); expected (.+)", "Thiếu cột $1; dòng đầu của tệp cần các cột $2.");
        put("unreadable CSV \\(line (\\d+)\\).*", "Không đọc được tệp CSV (dòng $1).");
        put("unreadable JSON.*", "Không đọc được dữ liệu JSON.");
        put("(\\S+) already exists", "$1 đã có.");
        put("already exists", "Đã có.");
        put("(\\S+) exists already", "$1 đã có.");
        // reorganisations
        put("a rename needs the new name", "Đổi tên cần có tên mới.");
        put("a rename keeps the agency: no successors", "Đổi tên giữ nguyên cơ quan: không có đơn vị kế thừa.");
        put("a rename names exactly one agency", "Đổi tên chỉ áp dụng cho đúng một cơ quan.");
        put("a split ends exactly one agency", "Chia tách áp dụng cho đúng một cơ quan.");
        put("a split names at least two successors", "Chia tách cần ít nhất hai đơn vị kế thừa.");
        put("name at least one successor.*", "Cần ít nhất một đơn vị kế thừa: nhiệm vụ đang mở chuyển cho đơn vị đầu tiên.");
        put("only for RENAME", "Chỉ dùng khi đổi tên.");
        put("named twice", "Bị nêu hai lần.");
        put("(\\S+) already ended on (\\S+)", "$1 đã giải thể từ $2.");
        put("(\\S+) is one of the agencies that end", "$1 là một trong các cơ quan chấm dứt hoạt động.");
        put("reorganisation (\\S+) is (\\w+), only a scheduled one can be cancelled", "Chỉ hủy được việc sắp xếp đang chờ đến ngày hiệu lực.");
        // documents: the form, numbering, issue, amendment
        put("(?i).*(ends|end) before (it|the window) (starts|start).*", "Ngày kết thúc phải sau ngày bắt đầu.");
        put("(?i).*must (be on or after|not be before) dataFrom.*", "Ngày kết thúc phải sau ngày bắt đầu.");
        put("(?i).*before dataFrom.*", "Ngày kết thúc phải sau ngày bắt đầu.");
        put("(?i)the data window ends \\((.+)\\) before it starts \\((.+)\\)", "Ngày cuối lấy số liệu ($1) trước ngày bắt đầu ($2).");
        put("(?i)the period ends before it starts", "Thời kỳ kết thúc trước khi bắt đầu.");
        put("(?i)a one-off report needs its deadline", "Báo cáo một lần cần có hạn nộp.");
        put("(?i)the deadline (\\S+) is before the issue date (\\S+)", "Hạn $1 trước ngày ban hành $2.");
        put("(?i)no issued document (\\S+)", "Không có văn bản đã ban hành $1.");
        put("document (\\S+) has no task (\\S+)", "Văn bản $1 không có nhiệm vụ $2.");
        put("a task can only be named together with its document \\(planId\\)", "Chỉ nêu được nhiệm vụ cùng với văn bản của nó.");
        put("(?i)an official letter is numbered.*", "Công văn được đánh số n/<cơ quan>-<đơn vị soạn thảo>, ví dụ 125/UBND-KGVX: hãy ghi đơn vị soạn thảo.");
        put("(?i)must be the drafting unit's symbol.*", "Phải là ký hiệu đơn vị soạn thảo, ví dụ KGVX.");
        put("(?i)must start with KT\\., TM\\., TL\\., TUQ\\. or Q\\.", "Phải bắt đầu bằng KT., TM., TL., TUQ. hoặc Q.");
        put("(?i)must be upper-case letters, digits and _.*", "Chỉ gồm chữ in hoa, chữ số và dấu _, ví dụ COMMUNES_REACHED.");
        put("a date is given only with the number of a document issued on paper", "Chỉ ghi ngày khi đăng ký số của văn bản đã ban hành trên giấy.");
        put("a document issued on paper is registered with its date", "Văn bản ban hành trên giấy cần ghi ngày ban hành.");
        put("a document issued on paper cannot be dated after today", "Ngày ban hành không được sau hôm nay.");
        put("expected n(\\S+), e\\.g\\. (\\S+)", "Số phải có dạng n$1, ví dụ $2.");
        put("must be the number and symbol as written, e\\.g\\. (\\S+)", "Phải là số và ký hiệu như trên văn bản, ví dụ $1.");
        put("number (\\S+) already exists", "Số $1 đã được dùng.");
        put("the amendment changes nothing", "Văn bản sửa đổi chưa thay đổi gì.");
        put("document (\\S+) is already (\\w+) as (\\S+)", "Văn bản đã được ban hành, số $3.");
        put("document (\\S+) is (\\w+), not in force", "Văn bản $1 không còn hiệu lực.");
        put("the document is issued by (\\S+), not by (\\S+): .*", "Văn bản do $1 ban hành, không phải $2: chỉ chuyên viên của cơ quan ban hành được nhập.");
        // the document's warnings before issuing
        put("(\\S+) falls in (\\d{4}), whose days off are derived by the Labour Code and not yet confirmed by a Government decision",
                "$1 thuộc năm $2, năm mà lịch nghỉ mới được suy ra theo Bộ luật Lao động, chưa có quyết định của Chính phủ: các ngày nghỉ có thể thay đổi.");
        put("(?i)(\\S+) is a public holiday \\((.+)\\), not a working day(?:: by the Civil Code art\\. 148\\(5\\) it ends on (\\S+))?",
                "$1 là ngày nghỉ lễ ($2), không phải ngày làm việc.§$3");
        put("(?i)(\\S+) is a Saturday, not a working day(?:: by the Civil Code art\\. 148\\(5\\) it ends on (\\S+))?",
                "$1 là thứ Bảy, không phải ngày làm việc.§$2");
        put("(?i)(\\S+) is a Sunday, not a working day(?:: by the Civil Code art\\. 148\\(5\\) it ends on (\\S+))?",
                "$1 là Chủ nhật, không phải ngày làm việc.§$2");
        put("(?i)(\\S+) is a \\w+, not a working day(?:: by the Civil Code art\\. 148\\(5\\) it ends on (\\S+))?",
                "$1 là ngày nghỉ bù, không phải ngày làm việc.§$2");
        put("(?i)the report is due (\\S+), before its data window closes on (\\S+)", "Hạn báo cáo $1 sớm hơn ngày chốt số liệu $2.");
        put("(?i)periodic report without a frequency.*", "Báo cáo định kỳ chưa ghi tần suất (hằng tháng, quý, 6 tháng, năm).");
        put("(?i)periodic report without a submission deadline.*", "Báo cáo định kỳ chưa có hạn nộp: cả chế độ báo cáo lẫn văn bản đều chưa quy định.");
        // importing a document
        put("empty: send the document as the request body", "Tệp trống.");
        put("larger than (\\d+) bytes", "Tệp quá lớn.");
        put("larger than (\\d+) MB", "Tệp lớn hơn $1 MB.");
        put("unsupported type .*", "Chỉ nhận văn bản dạng chữ (UTF-8), DOCX hoặc PDF.");
        put("not UTF-8 text.*", "Không phải văn bản UTF-8: hãy lưu văn bản dạng UTF-8 hoặc tải lên tệp DOCX.");
        put("not a readable DOCX document", "Không đọc được tệp DOCX.");
        put("not a readable PDF document", "Không đọc được tệp PDF.");
        put("(\\d+) pages, at most (\\d+)", "Văn bản có $1 trang, tối đa $2 trang.");
        put("no text layer: a scanned PDF cannot be read", "Tệp PDF là ảnh quét, không có lớp chữ: hãy nhận dạng chữ (OCR) hoặc tải lên tệp DOCX.");
        // assignments and reports
        put("(?i)unknown indicator:? ?(\\S*)", "Không có chỉ tiêu $1 trong danh mục.");
        put("(?i).*required to return.*", "Cần ghi ý kiến khi trả lại báo cáo.");
        put("must say what to change when a report is returned", "Cần ghi rõ nội dung cần bổ sung khi trả lại báo cáo.");
        put("(?i).*comment.*required.*", "Cần ghi ý kiến.");
        put("must be an indicator code matching .*", "Mã chỉ tiêu chỉ gồm chữ in hoa, chữ số và dấu _.");
        put("must have a value", "Cần có giá trị.");
        put("is not a known indicator", "Không có chỉ tiêu này trong danh mục.");
        put("is not asked for by this obligation \\(asked: (.+)\\)", "Chế độ báo cáo này không yêu cầu chỉ tiêu đó (chỉ yêu cầu: $1).");
        put("must have at most 15 digits and 4 decimals", "Tối đa 15 chữ số và 4 chữ số thập phân.");
        put("must be a whole number \\(a count\\)", "Phải là số nguyên (số lượng).");
        put("must be a whole number of đồng", "Phải là số đồng nguyên.");
        put("must be a percentage from 0 to 100", "Phải là tỷ lệ phần trăm từ 0 đến 100.");
        put("must be 1 \\(yes\\) or 0 \\(no\\)", "Phải là 1 (có) hoặc 0 (không).");
        put("must be a file name of 1 to 255 characters.*", "Tên tệp dài từ 1 đến 255 ký tự, không có / hoặc \\.");
        put("is empty", "Tệp trống.");
        put("is larger than (\\d+) bytes", "Tệp quá lớn.");
        put("must be a PDF, JPEG or PNG file.*", "Chỉ nhận tệp PDF, JPEG hoặc PNG.");
        put("report (\\S+) already has (\\d+) attachments.*", "Báo cáo đã có $2 tệp đính kèm, là số tối đa.");
        put("report (\\S+) was accepted and is final", "Báo cáo đã được chấp nhận, không sửa được nữa.");
        put("report (\\S+) is (\\w+); only a submitted revision is reviewed", "Chỉ xem xét được báo cáo vừa gửi.");
        put("assignment (\\S+) has already been reported on.*", "Nhiệm vụ này đã có báo cáo: hãy gửi bản sửa.");
        put("assignment (\\S+) was cancelled \\((.*)\\); it takes no report", "Nhiệm vụ đã bị hủy, không nhận báo cáo.");
        put("assignment (\\S+) is (\\w+), only an assigned task can be acknowledged", "Chỉ tiếp nhận được nhiệm vụ mới giao.");
        put("assignment (\\S+) is (\\w+), only an assigned or acknowledged task can be started", "Chỉ bắt đầu được nhiệm vụ mới giao hoặc đã tiếp nhận.");
        put("only (\\S+) can act on its assignment", "Chỉ $1 được thao tác trên nhiệm vụ của mình.");
        put("only the receiver \\((\\S+)\\) reviews this report", "Chỉ nơi nhận báo cáo ($1) được xem xét báo cáo này.");
        put("only the reporting agency attaches files to its report", "Chỉ đơn vị báo cáo được đính kèm tệp vào báo cáo của mình.");
        put("the token carries no 'agency' claim", "Tài khoản đăng nhập không gắn với cơ quan nào.");
        put("the token's agency (\\S+) is not a known agency", "Cơ quan $1 của tài khoản đăng nhập không có trong danh mục.");
        // report requests (báo cáo đột xuất)
        put("name the agencies asked to report", "Hãy chọn các cơ quan cần báo cáo.");
        put("name at least one agency other than the issuer", "Hãy chọn ít nhất một cơ quan khác cơ quan ban hành.");
        put("(\\S+) is not an agency code", "$1 không phải là mã cơ quan.");
        put("(\\S+) is not named by this obligation", "$1 không có tên trong chế độ báo cáo này.");
        put("not an on-request obligation \\(khi có yêu cầu\\) of plan (\\S+)", "Không phải chế độ báo cáo khi có yêu cầu của văn bản $1.");
        put("plan (\\S+) was revoked on (\\S+)", "Văn bản $1 đã bị thu hồi ngày $2.");
        put("request (\\S+) was already withdrawn", "Yêu cầu báo cáo này đã được rút lại.");
        put("Nothing was requested", "Chưa yêu cầu gì.");
        // contacts, webhooks, deliveries, reminders
        put("must be an https URL", "Phải là một địa chỉ https.");
        put("must be an http\\(s\\) URL", "Phải là một địa chỉ http hoặc https.");
        put("is not a URL", "Không phải là một địa chỉ web.");
        put("has no host", "Địa chỉ thiếu tên máy chủ.");
        // addressee groups (nhóm nơi nhận)
        put("a task has either a lead \\(leadAgencyCode\\) or an addressee group, not both", "Nhiệm vụ giao cho một cơ quan chủ trì hoặc một nhóm nơi nhận, không cả hai.");
        put("unknown addressee group (\\S+)", "Không có nhóm nơi nhận $1.");
        put("the group (\\S+) has no member today", "Nhóm nơi nhận $1 hiện không có cơ quan nào.");
        put("must not be blank: name the lead \\(chủ trì\\) or an addressee group", "Cần chọn cơ quan chủ trì hoặc nhóm nơi nhận.");
        put("an amendment names its agencies; addressee groups are resolved when a document is issued",
                "Văn bản sửa đổi phải nêu từng cơ quan; nhóm nơi nhận chỉ được xác định khi ban hành.");
        // incoming documents (văn bản đến)
        put("must be the http\\(s\\) address of the published page, e\\.g\\. \\S+", "Phải là địa chỉ http(s) của trang đã đăng tải.");
        put("the document was sent to (\\S+) for .+, not to publish \\(đăng tải\\)", "Văn bản không được gửi đến đơn vị để đăng tải.");
        put("must not carry a user name or password", "Địa chỉ không được chứa tên đăng nhập hay mật khẩu.");
        put("names a host that cannot be resolved", "Không tìm thấy máy chủ có tên này.");
        put("is refused: it names a loopback, private, link-local or unique-local address", "Không nhận địa chỉ nội bộ (chính máy chủ, mạng riêng, mạng cục bộ).");
        put("is required with a webhook URL", "Cần có khi dùng webhook.");
        put("must be 32 to 200 characters.*", "Phải dài từ 32 đến 200 ký tự (ví dụ tạo bằng: openssl rand -base64 32).");
        put("delivery (\\S+) is (\\w+); only a FAILED one is replayed", "Lần gửi này không ở trạng thái lỗi nên không gửi lại.");
        put("name the issuer whose obligation (\\S+) it is", "Hãy nêu cơ quan ban hành của chế độ báo cáo này.");
        // the platform's own answers
        put("(?i)the resource was changed at the same time by something else.*", "Dữ liệu vừa được thay đổi cùng lúc ở nơi khác: hãy tải lại trang rồi thử lại.");
        put("The request failed", "Yêu cầu không thực hiện được.");
        put("The year was not changed", "Lịch năm chưa được thay đổi.");
        put("(\\S+) is not in (\\d{4})", "$1 không thuộc năm $2.");
        put("(\\S+) is listed twice", "$1 được nêu hai lần.");
        put("(?is)the body is not valid JSON.*", "Dữ liệu gửi lên không đọc được.");
        put("(?is)cannot deserialize value of type `(java\\.math\\.BigDecimal|java\\.lang\\.Integer|int|java\\.lang\\.Long|long)`.*", "Phải là một số, ví dụ 12 hoặc 1.234,5.");
        put("(?is)cannot deserialize value of type `java\\.time\\.LocalDate`.*", "Phải là một ngày có thật, viết dd/mm/yyyy.");
        put("(?is)cannot deserialize value of type `[\\w.$]+`.*not one of the values accepted.*", "Giá trị không có trong danh sách được chọn.");
    }

    private static void put(String regex, String vi) {
        // anchored: the whole message, also for the replacement (which searches)
        PATTERNS.put(Pattern.compile("\\A(?:" + regex + ")\\z"), vi);
    }

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("subject", "Trích yếu"), Map.entry("kind", "Loại văn bản"), Map.entry("period", "Thời kỳ"),
            Map.entry("place", "Địa danh"), Map.entry("legalBasis", "Căn cứ"), Map.entry("targets", "Chỉ tiêu"),
            Map.entry("tasks", "Nhiệm vụ"), Map.entry("distribution", "Nơi nhận"), Map.entry("signer", "Người ký"),
            Map.entry("leadAgencyCode", "Đơn vị chủ trì"), Map.entry("cooperatingAgencyCodes", "Đơn vị phối hợp"),
            Map.entry("obligations", "Chế độ báo cáo"), Map.entry("dataFrom", "Số liệu từ ngày"),
            Map.entry("dataTo", "Số liệu đến ngày"), Map.entry("deadline", "Hạn"), Map.entry("summary", "Nội dung báo cáo"),
            Map.entry("indicators", "Chỉ số"), Map.entry("comment", "Ý kiến"), Map.entry("reason", "Lý do"),
            Map.entry("title", "Tên"), Map.entry("description", "Nội dung"), Map.entry("frequency", "Tần suất"),
            Map.entry("reportToCode", "Báo cáo về"), Map.entry("agencyCodes", "Cơ quan"), Map.entry("purpose", "Mục đích"),
            Map.entry("submissionRule", "Hạn nộp báo cáo"), Map.entry("draftingUnit", "Đơn vị soạn thảo"),
            Map.entry("issuedOn", "Ngày ban hành"), Map.entry("number", "Số, ký hiệu"), Map.entry("planId", "Văn bản"),
            Map.entry("taskId", "Nhiệm vụ"), Map.entry("obligationId", "Chế độ báo cáo"), Map.entry("file", "Tệp"),
            Map.entry("fileName", "Tên tệp"), Map.entry("rows", "Dòng"), Map.entry("code", "Mã"), Map.entry("name", "Tên"),
            Map.entry("shortName", "Tên viết tắt"), Map.entry("symbol", "Ký hiệu"), Map.entry("parentCode", "Cơ quan cấp trên"),
            Map.entry("provinceCode", "Tỉnh"), Map.entry("emails", "Thư điện tử"), Map.entry("headName", "Người đứng đầu"),
            Map.entry("headTitle", "Chức vụ"), Map.entry("headEmail", "Thư điện tử người đứng đầu"),
            Map.entry("webhookUrl", "Địa chỉ webhook"), Map.entry("webhookSecret", "Khóa bí mật webhook"),
            Map.entry("successorCodes", "Đơn vị kế thừa"), Map.entry("newAgencies", "Cơ quan mới"), Map.entry("rename", "Đổi tên"),
            Map.entry("effectiveOn", "Ngày hiệu lực"), Map.entry("recipients", "Nơi nhận"),
            Map.entry("indicatorCodes", "Chỉ tiêu"), Map.entry("expiresAt", "Hết hạn lúc"),
            Map.entry("url", "Địa chỉ đã đăng tải"));

    private Messages() {
    }

    /** A service's message in Vietnamese; one the console does not know is said generally, never in English. */
    public static String vi(String message) {
        if (message == null || message.isBlank()) {
            return "Giá trị không hợp lệ.";
        }
        return translated(message).orElseGet(() -> {
            LOG.infof("no Vietnamese for the service message \"%s\"; shown in general words", message.trim());
            return "Giá trị không hợp lệ.";
        });
    }

    /**
     * The message in Vietnamese when the console knows it, or it is Vietnamese already (the console's own, or
     * a service's Vietnamese text); empty for English the console has no words for.
     */
    static Optional<String> translated(String message) {
        String text = message.trim();
        Matcher oneOf = ONE_OF.matcher(text);
        if (oneOf.matches()) {
            return Optional.of(oneOf(oneOf.group(1)));
        }
        for (Map.Entry<Pattern, String> e : PATTERNS.entrySet()) {
            Matcher m = e.getKey().matcher(text);
            if (m.matches()) {
                String out = m.replaceFirst(e.getValue().replace("\\", "\\\\"));
                int civil = out.indexOf('§');
                if (civil >= 0) {
                    String lastDay = out.substring(civil + 1);
                    out = out.substring(0, civil) + (lastDay.isBlank() ? ""
                            : " Theo khoản 5 Điều 148 Bộ luật Dân sự, thời hạn kết thúc vào ngày " + lastDay + ".");
                }
                return Optional.of(out.replace("  ", " "));
            }
        }
        if (!English.isIn(text)) {
            return Optional.of(text);
        }
        return Optional.empty();
    }

    /** "must be one of PRESS|POLICE" (or "A, B", "[A, B]") → the values the field takes, each with its Vietnamese name. */
    static String oneOf(String values) {
        List<String> codes = Arrays.stream(values.replaceAll("[\\[\\]]", "").split("\\s*[|,]\\s*"))
                .filter(v -> !v.isBlank()).toList();
        return "Phải là một trong các giá trị: " + codes.stream().map(c -> {
            String label = codeLabel(c);
            return label.equals(c) ? c : c + " (" + label + ")";
        }).collect(Collectors.joining(", ")) + ".";
    }

    /** A code's Vietnamese name from the console's labels (agency kinds, statuses, buckets, kinds …), else the code. */
    static String codeLabel(String code) {
        for (java.util.function.Function<Object, String> label : List.<java.util.function.Function<Object, String>>of(
                vn.phoihop.console.admin.AdminLabels::agencyKind, Labels::bucket, Labels::status, Labels::kind,
                Labels::purpose, Labels::frequency, Labels::obligationKind, Labels::role, Labels::event,
                vn.phoihop.console.admin.AdminLabels::channel, vn.phoihop.console.admin.AdminLabels::reorganisation)) {
            String l = label.apply(code);
            if (!l.equals(code)) {
                return l;
            }
        }
        return code;
    }

    /** tasks[0].leadAgencyCode → "Nhiệm vụ 1 › Đơn vị chủ trì". */
    public static String fieldLabel(String path) {
        if (path == null || path.isBlank()) {
            return "Dữ liệu";
        }
        StringBuilder out = new StringBuilder();
        for (String part : path.split("\\.")) {
            Matcher m = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?").matcher(part);
            if (!m.matches()) {
                return path;
            }
            if (!out.isEmpty()) {
                out.append(" › ");
            }
            out.append(FIELDS.getOrDefault(m.group(1), m.group(1)));
            if (m.group(2) != null) {
                out.append(' ').append(Integer.parseInt(m.group(2)) + 1);
            }
        }
        return out.toString();
    }

    /** A problem naming no field, as one sentence in Vietnamese: what kind of refusal, and why when the console knows. */
    public static String problem(ServiceProblem p) {
        String lead = switch (p.status()) {
            case 400 -> "Dữ liệu chưa hợp lệ";
            case 403 -> "Anh/chị không có quyền thực hiện việc này";
            case 404 -> "Không tìm thấy";
            case 409 -> "Không thực hiện được ở trạng thái hiện tại";
            case 413 -> "Tệp quá lớn";
            case 415 -> "Loại tệp không được chấp nhận";
            default -> p.status() >= 500 ? "Dịch vụ đang gặp sự cố, xin thử lại sau" : "Yêu cầu bị từ chối";
        };
        return detail(p.detail()).map(d -> lead + ": " + d).orElse(lead + ".");
    }

    /**
     * A problem's detail in Vietnamese: "field: message; field: message" as each field's label and message, or
     * the whole sentence; empty when any part has no Vietnamese (the lead then stands alone).
     */
    static Optional<String> detail(String detail) {
        if (detail == null || detail.isBlank()) {
            return Optional.empty();
        }
        Optional<String> whole = translated(detail);
        if (whole.isPresent()) {
            return whole;
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String part : detail.split("; ")) {
            Matcher m = FIELD_MESSAGE.matcher(part.trim());
            Optional<String> vi = m.matches()
                    ? translated(m.group(2)).map(t -> fieldLabel(m.group(1)) + ": " + t)
                    : translated(part);
            if (vi.isEmpty()) {
                LOG.infof("no Vietnamese for the service's detail \"%s\"; left out", detail);
                return Optional.empty();
            }
            parts.add(vi.get());
        }
        return Optional.of(String.join("; ", parts));
    }
}
